import BriefingModel
import BriefingStyle
import Foundation
import Testing

@Suite struct ExtendsTests {
    @Test func overridesOnlyWhatTheFileStates() throws {
        let formal = try #require(StyleLoader.load(nameOrPath: "formal", stylesDirectory: stylesDirectory).style)
        let result = load("""
            extends: formal
            roles:
              body: {size: 11}
            fonts:
              serif: {lao: Noto Sans Lao}
            colors: {table-stripe: none}
            """)
        #expect(printed(result) == [])
        let style = try #require(result.style)
        #expect(style.name == "test")
        #expect(style.role(.body).size == 11)
        #expect(style.role(.body).leading == formal.role(.body).leading)
        #expect(style.role(.heading1) == formal.role(.heading1))
        #expect(style.fonts[.serif]?.family(for: "lao") == "Noto Sans Lao")
        #expect(style.fonts[.serif]?.family(for: "thai") == "Noto Serif Thai")
        #expect(style.colors.tableStripe == nil)
        #expect(style.colors.accent == formal.colors.accent)
        #expect(style.page == formal.page)
    }

    @Test func withoutExtendsAFileIsMergedOverTheBase() throws {
        let style = try #require(load("roles: {body: {color: \"#102030\"}}").style)
        #expect(style.role(.body).color == Color(hex: "#102030"))
        #expect(style.role(.title) == Style.base.role(.title))
        #expect(style.fonts == Style.base.fonts)
    }

    @Test func anEmptyFileIsTheBaseStyle() throws {
        let style = try #require(load("").style)
        #expect(style.roles == Style.base.roles && style.colors == Style.base.colors)
    }

    @Test func chainsThroughFilesByRelativePath() throws {
        try withTemporaryFolder { folder in
            try folder.write("shared/house.yaml", "extends: modern\ncolors: {accent: \"#AA0000\"}\n")
            try folder.write("memo.yaml", "extends: shared/house.yaml\nroles: {title: {size: 30}}\n")
            let result = StyleLoader.load(nameOrPath: "memo.yaml", stylesDirectory: stylesDirectory, relativeTo: folder)
            #expect(printed(result) == [])
            let style = try #require(result.style)
            #expect(style.role(.title).size == 30)
            #expect(style.colors.accent == Color(hex: "#AA0000"))
            #expect(style.role(.body).font == .sans)
        }
    }

    @Test func aCycleIsAnError() throws {
        try withTemporaryFolder { folder in
            try folder.write("a.yaml", "extends: b.yaml\n")
            try folder.write("b.yaml", "roles: {body: {size: 9}}\nextends: ./a.yaml\n")
            let result = StyleLoader.load(nameOrPath: "a.yaml", stylesDirectory: stylesDirectory, relativeTo: folder)
            #expect(result.style == nil)
            let a = folder.appendingPathComponent("a.yaml").resolvingSymlinksInPath().path
            let b = folder.appendingPathComponent("b.yaml").resolvingSymlinksInPath().path
            #expect(printed(result) == ["\(b):2:10: error: style `\(a)` extends itself: \(a) → \(b) → \(a)"])
        }
    }

    @Test func aFileThatExtendsItselfIsACycle() {
        let result = StyleLoader.load(string: "extends: self.yaml", file: "self.yaml", relativeTo: URL(fileURLWithPath: "/nonexistent"))
        #expect(result.diagnostics.map(\.message) == ["style `/nonexistent/self.yaml` extends itself: self → /nonexistent/self.yaml"])
    }

    @Test func unknownStyleNameListsTheAvailableOnes() {
        let result = StyleLoader.load(nameOrPath: "formel", stylesDirectory: stylesDirectory)
        #expect(printed(result) == [
            "<command line>:1:1: error: unknown style `formel`; did you mean `formal`? available styles: formal, modern",
        ])
        let origin = SourceLocation(file: "summary.yaml", line: 7, column: 8)
        let fromSummary = StyleLoader.load(nameOrPath: "plain", stylesDirectory: stylesDirectory, requestedAt: origin)
        #expect(printed(fromSummary) == ["summary.yaml:7:8: error: unknown style `plain`; available styles: formal, modern"])
    }

    @Test func unknownParentIsReportedAtExtends() {
        let result = load("\nextends: fancy\n")
        #expect(printed(result) == ["test.yaml:2:10: error: unknown style `fancy`; available styles: formal, modern"])
    }

    @Test func errorsInTheParentAndTheChildAreAllReported() throws {
        try withTemporaryFolder { folder in
            try folder.write("parent.yaml", "roles: {body: {size: big}}\n")
            let result = load("extends: parent.yaml\nspacing: {indent: -2}\n", relativeTo: folder)
            #expect(result.style == nil)
            #expect(result.diagnostics.map(\.location.line) == [1, 2])
            #expect(result.diagnostics.first?.location.file.hasSuffix("parent.yaml") == true)
        }
    }

    @Test func aSummaryMayNotReachOutsideItsFolder() throws {
        try withTemporaryFolder { folder in
            let summaries = folder.appendingPathComponent("summaries")
            try folder.write("outside.yaml", "roles: {body: {size: 9}}\n")
            try summaries.write("inside.yaml", "extends: ../outside.yaml\n")
            let direct = StyleLoader.load(nameOrPath: "../outside.yaml", stylesDirectory: stylesDirectory, relativeTo: summaries)
            #expect(direct.diagnostics.first?.message.hasPrefix("style path `../outside.yaml` leads outside the folder") == true)
            let indirect = StyleLoader.load(nameOrPath: "inside.yaml", stylesDirectory: stylesDirectory, relativeTo: summaries)
            #expect(indirect.diagnostics.map(\.location.line) == [1])
            #expect(indirect.style == nil)
            // From the command line there is no summary folder to stay in.
            let cli = StyleLoader.load(nameOrPath: folder.appendingPathComponent("outside.yaml").path, stylesDirectory: stylesDirectory)
            #expect(cli.style?.role(.body).size == 9)
        }
    }

    @Test func aMissingFileIsReportedWhereItWasNamed() {
        let origin = SourceLocation(file: "summary.yaml", line: 3, column: 8)
        let result = StyleLoader.load(nameOrPath: "styles/none.yaml", stylesDirectory: stylesDirectory,
                                      relativeTo: URL(fileURLWithPath: "/nonexistent"), requestedAt: origin)
        #expect(printed(result) == ["summary.yaml:3:8: error: no style file at `/nonexistent/styles/none.yaml`"])
    }
}
