package org.micmac4j.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code docs/CLI.md} against the commands themselves (what {@code --help} prints comes from the
 * same picocli model): every command has a section {@code ## micmac NAME}, every option of the
 * command is named in its section, and every option in the section's synopsis (its first code
 * block) is an option of the command. So a new option cannot go undocumented and a removed one
 * cannot linger in the reference.
 */
class CommandLineDocsTest {
    private static final Path DOC = Path.of("docs", "CLI.md");
    private static final Pattern SECTION = Pattern.compile("^## micmac (\\S+)\\s*$", Pattern.MULTILINE);
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--[a-z][a-z0-9-]*");
    /** Options every command has from picocli, documented once for all. */
    private static final Set<String> STANDARD = Set.of("--help", "--version");

    @Test
    void everyCommandHasASectionNamingEachOfItsOptions() throws IOException {
        Map<String, String> sections = sections();
        CommandLine cl = Main.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> faults = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, CommandLine> e : cl.getSubcommands().entrySet()) {
            String name = e.getKey();
            if (name.equals("help")) {
                continue;
            }
            String section = sections.get(name);
            if (section == null) {
                faults.add("docs/CLI.md has no section '## micmac " + name + "'");
                continue;
            }
            Set<String> words = new TreeSet<>();
            Matcher m = OPTION.matcher(section);
            while (m.find()) {
                words.add(m.group());
            }
            for (String option : longNames(e.getValue())) {
                checked++;
                if (!words.contains(option)) {
                    faults.add("## micmac " + name + " does not name its option " + option);
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
        assertTrue(checked > 50, "only " + checked + " options checked");
    }

    @Test
    void everyOptionOfASynopsisExists() throws IOException {
        CommandLine cl = Main.newCommandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> faults = new ArrayList<>();
        for (Map.Entry<String, String> e : sections().entrySet()) {
            CommandLine command = cl.getSubcommands().get(e.getKey());
            if (command == null) {
                faults.add("docs/CLI.md documents '" + e.getKey() + "', which is no command of micmac");
                continue;
            }
            Set<String> options = longNames(command);
            String section = e.getValue();
            int open = section.indexOf("```");
            int close = section.indexOf("```", open + 3);
            if (open < 0 || close < 0) {
                faults.add("## micmac " + e.getKey() + " has no synopsis");
                continue;
            }
            Matcher m = OPTION.matcher(section.substring(open, close));
            while (m.find()) {
                if (!options.contains(m.group())) {
                    faults.add("## micmac " + e.getKey() + ": the synopsis names " + m.group()
                            + ", which the command does not have");
                }
            }
        }
        assertTrue(faults.isEmpty(), String.join("\n", faults));
    }

    private static Set<String> longNames(CommandLine command) {
        Set<String> out = new TreeSet<>();
        for (OptionSpec o : command.getCommandSpec().options()) {
            for (String n : o.names()) {
                if (n.startsWith("--") && !STANDARD.contains(n)) {
                    out.add(n);
                }
            }
        }
        return out;
    }

    /** Section text by command name, up to the next second-level heading. */
    private static Map<String, String> sections() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = SECTION.matcher(doc);
        while (m.find()) {
            int end = doc.indexOf("\n## ", m.end());
            out.put(m.group(1), doc.substring(m.end(), end < 0 ? doc.length() : end));
        }
        return out;
    }
}
