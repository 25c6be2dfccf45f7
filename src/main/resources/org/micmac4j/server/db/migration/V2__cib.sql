-- Cross-impact balance (CIB) judgements of a study: descriptors and their variants (set up by the
-- facilitator, usually from the key variables), and each expert's judgements -3..+3 of how a
-- variant of one descriptor promotes (+) or restricts (-) a variant of another. Cells are
-- addressed by flat variant indices (descriptor offset + variant), as org.micmac4j.scenario.ScenarioSpace
-- numbers them.
CREATE TABLE cib_descriptor (
    study_id  BIGINT NOT NULL REFERENCES study(id),
    idx       INT NOT NULL,
    code      VARCHAR(100) NOT NULL,
    name      VARCHAR(300) NOT NULL,
    PRIMARY KEY (study_id, idx)
);

CREATE TABLE cib_variant (
    study_id  BIGINT NOT NULL REFERENCES study(id),
    desc_idx  INT NOT NULL,
    idx       INT NOT NULL,
    code      VARCHAR(100) NOT NULL,
    name      VARCHAR(1000) NOT NULL,
    PRIMARY KEY (study_id, desc_idx, idx)
);

CREATE TABLE cib_cell (
    expert_id  BIGINT NOT NULL REFERENCES expert(id),
    row_flat   INT NOT NULL,
    col_flat   INT NOT NULL,
    val        INT,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (expert_id, row_flat, col_flat)
);
