import Foundation
import Testing
import TestSupport

@Suite("Failing renders")
struct FailureTests {
    @Test("An invalid summary is refused with file:line:column and writes nothing")
    func invalidSummary() throws {
        try withTemporaryDirectory { folder in
            let summary = try folder.write("bad.yaml", """
                briefing: 1
                id: bad
                languages: [fr]
                title: Titre
                date: 2025-12-02
                particpants: []
                sections:
                  - title: Une
                """)
            let output = folder.url.appendingPathComponent("out")
            let result = try Tool.briefing(["render", summary.path, "--output", output.path], in: folder.url)
            #expect(result.status != 0)
            #expect(result.errors.contains(":6:1: error:"), "\(result.errors)")
            #expect(result.errors.contains("participants"))
            let written = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
            #expect(written.isEmpty)
        }
    }

    @Test("Language options that are not language tags are refused before anything is written",
          arguments: [["--lang", "x/../../escaped"], ["--lang", "fr,x!"], ["--parallel", "fr,../escaped"]])
    func languageTagsAreChecked(_ option: [String]) throws {
        try withTemporaryDirectory { folder in
            let output = folder.url.appendingPathComponent("a/b")
            let result = try Tool.briefing(["render", Repository.example.path, "--output", output.path] + option)
            #expect(result.status == 64, "\(result.errors)")
            #expect(result.errors.contains("is not a language tag"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
        }
    }

    @Test("check refuses an image render could not draw, at the image's line")
    func brokenImage() throws {
        try withTemporaryDirectory { folder in
            let summary = try folder.write("image.yaml", """
                briefing: 1
                id: image
                languages: [en]
                title: Images
                date: 2025-12-02
                sections:
                  - title: One
                    body:
                      - {image: cut.png, caption: A cut file}
                """)
            try folder.write("cut.png", data: Fixtures.png(width: 40, height: 30).prefix(60))
            let checked = try Tool.briefing(["check", summary.path])
            #expect(checked.status != 0)
            #expect(checked.errors.contains("image.yaml:9:"), "\(checked.errors)")
            #expect(checked.errors.contains("is not a readable PNG image"))
            let output = folder.url.appendingPathComponent("out")
            let rendered = try Tool.briefing(["render", summary.path, "--output", output.path])
            #expect(rendered.status != 0)
            #expect(rendered.errors.components(separatedBy: "\n").filter { $0.contains("error:") }.count == 1,
                    "\(rendered.errors)")
        }
    }

    @Test("A render that fails under --strict leaves no file and keeps the existing one")
    func strictKeepsExistingOutput() throws {
        try withTemporaryDirectory { folder in
            // The English title is missing: a warning, an error under --strict.
            let summary = try folder.write("partial.yaml", """
                briefing: 1
                id: partial
                languages: [fr, en]
                title: {fr: Titre seulement en français}
                date: 2025-12-02
                sections:
                  - title: {fr: Une, en: One}
                    body: [{fr: Texte., en: Text.}]
                """)
            let output = folder.url.appendingPathComponent("out")
            try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
            let existing = output.appendingPathComponent("partial.en.pdf")
            try Data("previous".utf8).write(to: existing)

            let result = try Tool.briefing(["render", summary.path, "--lang", "en", "--strict", "--output", output.path])
            #expect(result.status != 0)
            #expect(result.errors.contains("partial.yaml:4:"), "\(result.errors)")
            #expect(try Data(contentsOf: existing) == Data("previous".utf8))
            let files = try FileManager.default.contentsOfDirectory(atPath: output.path)
            #expect(files == ["partial.en.pdf"], "left behind: \(files)")

            // The same through worker processes: French is written, English is not.
            let both = try Tool.briefing(["render", summary.path, "--strict", "--jobs", "2", "--output", output.path])
            #expect(both.status != 0)
            #expect(both.errors.components(separatedBy: "partial.yaml:4:").count == 2, "\(both.errors)")
            #expect(try Data(contentsOf: existing) == Data("previous".utf8))
            #expect(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted() == ["partial.en.pdf", "partial.fr.pdf"])
            try FileManager.default.removeItem(at: output.appendingPathComponent("partial.fr.pdf"))

            let lenient = try Tool.briefing(["render", summary.path, "--lang", "en", "--output", output.path])
            #expect(lenient.status == 0)
            #expect(lenient.errors.contains("warning: missing 'en' translation"))
            #expect(try Data(contentsOf: existing) != Data("previous".utf8))
        }
    }

    @Test("check validates without rendering")
    func check() throws {
        let result = try Tool.briefing(["check", Repository.example.path])
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.errors.isEmpty, "\(result.errors)")
    }
}

@Suite("Summaries named together")
struct SummariesTogetherTests {
    @Test("check and render refuse a second summary with the same id; a file named twice is one summary")
    func sameID() throws {
        try withTemporaryDirectory { folder in
            let a = try folder.write("a.yaml", "briefing: 1\nid: same\nlanguages: [en]\ntitle: First\ndate: 2025-01-01\nsections: [{title: A, body: [One.]}]\n")
            let b = try folder.write("b.yaml", "briefing: 1\nid: same\nlanguages: [en]\ntitle: Second\ndate: 2025-01-01\nsections: [{title: A, body: [Two.]}]\n")
            let checked = try Tool.briefing(["check", a.path, b.path])
            #expect(checked.status == 1 && checked.errors.contains("is also the id of"), "\(checked.errors)")
            let output = folder.url.appendingPathComponent("out")
            let twice = try Tool.briefing(["render", a.path, folder.url.appendingPathComponent("./a.yaml").path, "--output", output.path])
            #expect(twice.status == 0, "\(twice.errors)")
        }
    }
}
