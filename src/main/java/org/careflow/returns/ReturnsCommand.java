package org.careflow.returns;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.careflow.calendar.EngineClock;
import org.careflow.calendar.WorkingDayCalendar;
import org.careflow.organisation.ManagedTeams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The returns as commands, for a returns lead's scheduled job or an operator:
 * {@code --careflow.returns.command.produce=annex-a --careflow.returns.command.as-of=2027-01-29
 * --careflow.returns.command.to=annex-a.xlsx}; {@code cin-census} and {@code ssda903} (a folder of its
 * tables) with {@code year}; {@code dfe-feed}
 * sends the changes since the last run (or everything with {@code full=true}). Every team's children:
 * whoever runs CareFlow's command on its server reads its whole record. A line says how far it got.
 */
@Component
@EnableConfigurationProperties(ReturnsCommandProperties.class)
class ReturnsCommand {

    private static final Logger log = LoggerFactory.getLogger(ReturnsCommand.class);

    private final ReturnsCommandProperties command;
    private final AnnexA annexA;
    private final CinCensus census;
    private final DfeFeedSender sender;
    private final Ssda903 ssda903;
    private final ManagedTeams teams;
    private final WorkingDayCalendar calendar;

    ReturnsCommand(ReturnsCommandProperties command, AnnexA annexA, CinCensus census, DfeFeedSender sender, Ssda903 ssda903,
                   ManagedTeams teams, WorkingDayCalendar calendar) {
        this.command = command;
        this.ssda903 = ssda903;
        this.annexA = annexA;
        this.census = census;
        this.sender = sender;
        this.teams = teams;
        this.calendar = calendar;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (command.produce() == null || command.produce().isBlank()) {
            return;
        }
        boolean produced;
        try {
            produced = produce(command.produce().trim(), teams.all());
        } catch (IOException | RuntimeException e) {
            log.error("The return {} was not produced: {}", command.produce(), e.getMessage(), e);
            produced = false;
        }
        boolean exitCleanly = produced;
        System.exit(SpringApplication.exit(event.getApplicationContext(), () -> exitCleanly ? 0 : 1));
    }

    private boolean produce(String what, List<String> allTeams) throws IOException {
        LocalDate today = LocalDate.ofInstant(EngineClock.now(), calendar.zone());
        switch (what) {
            case "annex-a" -> {
                LocalDate asOf = command.asOf() != null ? command.asOf() : today;
                log.info("Annex A for the six months to {}: reading the record of {} teams", asOf, allTeams.size());
                List<AnnexAList> lists = annexA.lists(asOf, allTeams);
                lists.forEach(list -> log.info("Annex A list {} ({}): {} rows", list.number(), list.title(), list.rows().size()));
                Path to = target("annex-a-" + asOf + ".xlsx");
                Files.write(to, AnnexAWorkbook.of(lists));
                log.info("Annex A written to {}", to.toAbsolutePath());
                return true;
            }
            case "cin-census" -> {
                int year = command.year() != null ? command.year() : CinCensus.CollectionYear.lastEndedBy(today).year();
                log.info("CIN census for April {} to March {}: reading the record", year - 1, year);
                String xml = census.xml(new CinCensus.CollectionYear(year), allTeams);
                Path to = target("cin-census-" + year + ".xml");
                Files.writeString(to, xml, StandardCharsets.UTF_8);
                log.info("CIN census written to {}: {} children", to.toAbsolutePath(), xml.split("<Child>", -1).length - 1);
                return true;
            }
            case "ssda903" -> {
                int year = command.year() != null ? command.year() : CinCensus.CollectionYear.lastEndedBy(today).year();
                log.info("SSDA903 for April {} to March {}: reading the record", year - 1, year);
                Path to = target("ssda903-" + year);
                Files.createDirectories(to);
                for (Map.Entry<String, String> table : ssda903.tables(new CinCensus.CollectionYear(year), allTeams).entrySet()) {
                    Files.writeString(to.resolve(table.getKey() + ".csv"), table.getValue(), StandardCharsets.UTF_8);
                    log.info("SSDA903 {}: {} rows", table.getKey(), table.getValue().split("\r\n", -1).length - 2);
                }
                log.info("SSDA903 written to {}", to.toAbsolutePath());
                return true;
            }
            case "dfe-feed" -> {
                DfeFeedSender.Run run = sender.send(command.full(), allTeams);
                log.info("DfE feed run {}: {} children in {} batches, {} attempts: {}{}", run.id(), run.children(), run.batches(),
                        run.attempts(), run.status(), run.detail() == null ? "" : " (" + run.detail() + ")");
                return "sent".equals(run.status());
            }
            default -> {
                log.error("careflow.returns.command.produce is annex-a, cin-census, ssda903 or dfe-feed, not '{}'", what);
                return false;
            }
        }
    }

    private Path target(String fallback) {
        return command.to() != null ? command.to() : Path.of(fallback);
    }
}
