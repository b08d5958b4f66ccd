import ArgumentParser

@main
struct Briefing: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Typeset meeting summaries as PDF, PNG or SVG, in every language of the meeting.",
        version: "0.1.0",
        subcommands: [Render.self, Check.self, ChartCommand.self, Fonts.self],
        defaultSubcommand: Render.self)
}
