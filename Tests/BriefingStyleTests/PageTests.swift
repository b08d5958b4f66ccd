import BriefingModel
import BriefingStyle
import Testing

@Suite struct PageTests {
    @Test func paperOptionOverridesTheStylesPaper() throws {
        let formal = try #require(StyleLoader.load(nameOrPath: "formal", stylesDirectory: stylesDirectory).style)
        let letter = formal.withPaper("letter")
        #expect(letter.page.width == 612 && letter.page.height == 792)
        #expect(letter.page.marginTop == formal.page.marginTop && letter.page.marginInner == formal.page.marginInner)
        #expect(letter.withPaper("A4").page == formal.page)
        #expect(formal.withPaper("tabloid") == formal)
    }

    @Test func paperKey() throws {
        let style = try #require(load("page: {paper: letter}").style)
        #expect(style.page.width == 612 && style.page.height == 792)
        #expect(printed(load("page: {paper: a5}")) == ["test.yaml:1:15: error: `page.paper` must be `a4` or `letter`, not `a5`"])
    }

    @Test func lengthsTakeUnits() throws {
        let style = try #require(load("""
            page:
              margins: {top: 1in, bottom: 2.54cm, inner: 25.4mm, outer: "72 pt"}
              header-offset: 0.5in
            roles: {body: {tracking: -0.2}}
            spacing: {indent: "18"}
            """).style)
        for margin in [style.page.marginTop, style.page.marginBottom, style.page.marginInner, style.page.marginOuter] {
            #expect(abs(margin - 72) < 1e-9)
        }
        #expect(style.page.headerOffset == 36)
        #expect(style.role(.body).tracking == -0.2)
        #expect(style.spacing.indent == 18)
    }

    @Test func oneLengthSetsAllMargins() throws {
        let page = try #require(load("page: {margins: 20mm}").style).page
        #expect(Set([page.marginTop, page.marginBottom, page.marginInner, page.marginOuter]) == [20 * 72 / 25.4])
    }

    @Test(arguments: ["10 furlongs", "1e400", ".inf", "0x10", "12px", ""])
    func notALength(text: String) {
        let result = load("spacing: {block: \"\(text)\"}")
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.message.hasPrefix("`spacing.block` must be a length") == true)
    }

    @Test func headerInsideTheTextAreaIsAWarning() {
        let result = load("page: {margins: {top: 30}, header-offset: 40}")
        #expect(result.style != nil)
        #expect(result.diagnostics.map(\.severity) == [.warning])
    }

    @Test func extensionKeysAreIgnored() throws {
        let result = load("x-author: Ministry press office\nroles: {body: {x-note: tuned for Lao, size: 11}}\n")
        #expect(printed(result) == [])
        #expect(try #require(result.style).role(.body).size == 11)
    }

    @Test func justifyOffMakesEveryRoleRagged() throws {
        let style = try #require(load("extends: formal\nspacing: {justify: false}\n").style)
        #expect(!style.roles.values.contains { $0.alignment == .justify })
        let rejustified = try #require(load("extends: modern\nspacing: {justify: true}\nroles: {body: {align: justify}}\n").style)
        #expect(rejustified.role(.body).alignment == .justify)
    }
}
