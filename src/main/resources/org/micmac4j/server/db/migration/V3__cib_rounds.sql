-- Delphi rounds of the cross-impact (CIB) judgements, like the MICMAC grids' but counted apart (the
-- CIB part comes later in a study): the study's open CIB round, every round's judgements kept, and
-- the judgements shown with the panel's anonymous distribution in a round (chosen when it opens).
ALTER TABLE study ADD COLUMN cib_round INT DEFAULT 1 NOT NULL;

CREATE TABLE cib_answer (
    expert_id  BIGINT NOT NULL REFERENCES expert(id),
    num        INT NOT NULL,
    row_flat   INT NOT NULL,
    col_flat   INT NOT NULL,
    val        INT,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (expert_id, num, row_flat, col_flat)
);
INSERT INTO cib_answer (expert_id, num, row_flat, col_flat, val, updated_at)
    SELECT expert_id, 1, row_flat, col_flat, val, updated_at FROM cib_cell;
DROP TABLE cib_cell;

-- counts: how many experts judged -3, -2, -1, 0, +1, +2, +3 at the end of the previous round.
CREATE TABLE cib_disputed (
    study_id  BIGINT NOT NULL REFERENCES study(id),
    num       INT NOT NULL,
    row_flat  INT NOT NULL,
    col_flat  INT NOT NULL,
    rank      INT NOT NULL,
    counts    VARCHAR(200) NOT NULL,
    PRIMARY KEY (study_id, num, row_flat, col_flat)
);

-- The cell of a CIB audit line as it was named when written ("DESCRIPTOR.VARIANT>DESCRIPTOR.VARIANT"):
-- the descriptors may be edited later, which renumbers the variants.
ALTER TABLE audit ADD COLUMN cell VARCHAR(500);

-- Judgements whose variant the facilitator removed (after being told how many there were): kept
-- here with their cell as named then, and put back when a variant of those ids comes back.
CREATE TABLE cib_removed (
    study_id   BIGINT NOT NULL REFERENCES study(id),
    expert_id  BIGINT NOT NULL REFERENCES expert(id),
    num        INT NOT NULL,
    cell       VARCHAR(500) NOT NULL,
    val        INT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    removed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (expert_id, num, cell)
);
