import Foundation
import Testing
import TestSupport

/// Summaries in no Chinese, Japanese or Korean language are laid out without those
/// faces, which makes every font lookup faster, unless their text needs them.
@Suite("Font sets")
struct FontSetTests {
    static func summary(name: String) -> String {
        """
        briefing: 1
        id: guests
        languages: [fr, en]
        title: {fr: Invités, en: Guests}
        date: 2025-12-02
        participants:
          - {id: guest, name: "\(name)", role: {fr: Invité, en: Guest}}
        sections:
          - title: {fr: Accueil, en: Welcome}
            body:
              - {fr: "[[guest]] est arrivé hier.", en: "[[guest]] arrived yesterday."}
        """
    }

    @Test("A name in Chinese characters inside a French summary still gets its face, under --strict",
          arguments: [("王毅", true), ("Nguyễn Văn An", false)])
    func cjkFacesWhenTheTextNeedsThem(name: String, cjk: Bool) throws {
        try withTemporaryDirectory { folder in
            let summary = try folder.write("guests.yaml", Self.summary(name: name))
            let output = folder.url.appendingPathComponent("out")
            let result = try Tool.briefing(["render", summary.path, "--output", output.path, "--strict"])
            #expect(result.status == 0, "\(result.errors)")
            for language in ["fr", "en"] {
                let pdf = output.appendingPathComponent("guests.\(language).pdf")
                #expect(try Tool.text(of: pdf).contains(name))
                #expect(try Tool.fonts(of: pdf).contains { $0.name.contains("CJK") } == cjk)
            }
        }
    }

    @Test("Chart labels in Chinese characters get their face too, in the chart command as well")
    func cjkChartLabels() throws {
        try withTemporaryDirectory { folder in
            let summary = try folder.write("partners.yaml", """
                briefing: 1
                id: partners
                languages: [en]
                title: Trade partners
                date: 2025-01-01
                sections: [{title: Trade, body: [Text., {chart: partners}]}]
                charts:
                  - {id: partners, type: bar, title: Partners, categories: [中国, 日本, 대한민국], series: [{values: [3, 2, 1]}]}
                """)
            let output = folder.url.appendingPathComponent("out")
            let render = try Tool.briefing(["render", summary.path, "--output", output.path, "--strict"])
            #expect(render.status == 0, "\(render.errors)")
            #expect(try Tool.fonts(of: output.appendingPathComponent("partners.en.pdf")).contains { $0.name.contains("CJK") })
            let chart = try Tool.briefing(["chart", summary.path, "--id", "partners", "--format", "pdf", "--output", output.path, "--strict"])
            #expect(chart.status == 0, "\(chart.errors)")
            #expect(try Tool.fonts(of: output.appendingPathComponent("partners.partners.en.pdf")).contains { $0.name.contains("CJK") })
        }
    }
}
