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
}
