import Foundation
import Testing
import TestSupport

/// Renders the bundled example in its four languages once, then checks the PDFs
/// with poppler and qpdf as a reader's tools would see them.
@Suite("The Vientiane example", .serialized)
struct ExampleTests {
    static let languages = ["fr", "en", "vi", "lo"]
    static let id = "vn-la-party-meeting-2025"

    /// Renders into a fresh folder and returns it.
    static func render(_ extra: [String] = []) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-e2e-\(UUID().uuidString)")
        let result = try Tool.briefing(["render", Repository.example.path, "--output", folder.path] + extra)
        #expect(result.status == 0, "\(result.errors)")
        return folder
    }

    static func pdf(_ folder: URL, _ language: String) -> URL {
        folder.appendingPathComponent("\(id).\(language).pdf")
    }

    @Test("Each language has its names and headings in its own script")
    func wordsPerLanguage() throws {
        let folder = try Self.render()
        defer { try? FileManager.default.removeItem(at: folder) }
        let expected: [String: [String]] = [
            "fr": ["Points clés", "Participants", "Coopération", "Thongloun Sisoulith", "Décisions", "Sources",
                   "Diffusion restreinte".uppercased()],
            "en": ["Key points", "Participants", "Decisions", "Follow-up actions", "Sonexay Siphandone"],
            "vi": ["Những điểm chính", "Tô Lâm", "Phạm Minh Chính", "Viêng Chăn", "Các quyết định"],
            "lo": ["ຈຸດສຳຄັນ", "ທອງລຸນ ສີສຸລິດ", "ມະຕິຕົກລົງ", "ຜູ້ເຂົ້າຮ່ວມ"],
        ]
        for language in Self.languages {
            let text = try Tool.text(of: Self.pdf(folder, language))
                .replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
                .lowercased()
            for word in (expected[language] ?? []).map({ $0.lowercased() }) {
                #expect(text.contains(word), "\(language): '\(word)' is missing from the text")
            }
        }
    }

    @Test("PDFs are valid, embed only subset fonts, and have metadata and pages")
    func validPDFs() throws {
        let folder = try Self.render()
        defer { try? FileManager.default.removeItem(at: folder) }
        for language in Self.languages {
            let pdf = Self.pdf(folder, language)
            let check = try Tool.run("qpdf", ["--check", pdf.path])
            #expect(check.status == 0, "\(language): \(check.output)")
            let fonts = try Tool.fonts(of: pdf)
            #expect(!fonts.isEmpty)
            for font in fonts {
                #expect(font.embedded && font.subset, "\(language): \(font.name) is not an embedded subset")
            }
            let info = try Tool.info(of: pdf)
            let pages = Int(info["Pages"] ?? "") ?? 0
            #expect((3...12).contains(pages), "\(language): \(pages) pages")
            #expect(info["Creator"]?.hasPrefix("briefing") == true)
            #expect(info["CreationDate"]?.contains("2025") == true)
            #expect(info["Title"]?.isEmpty == false)
        }
    }

    @Test("Rendering twice gives byte-identical files")
    func deterministic() throws {
        let first = try Self.render()
        let second = try Self.render()
        defer {
            try? FileManager.default.removeItem(at: first)
            try? FileManager.default.removeItem(at: second)
        }
        for language in Self.languages {
            let a = try Data(contentsOf: Self.pdf(first, language))
            let b = try Data(contentsOf: Self.pdf(second, language))
            #expect(a == b, "\(language) differs between runs")
        }
    }

    @Test("Languages made by worker processes (--jobs) are the same bytes as made one after another")
    func jobsGiveTheSameFiles() throws {
        let sequential = try Self.render(["--jobs", "1"])
        let concurrent = try Self.render(["--jobs", "3"])
        defer {
            try? FileManager.default.removeItem(at: sequential)
            try? FileManager.default.removeItem(at: concurrent)
        }
        for language in Self.languages {
            let a = try Data(contentsOf: Self.pdf(sequential, language))
            let b = try Data(contentsOf: Self.pdf(concurrent, language))
            #expect(a == b, "\(language) differs between --jobs 1 and --jobs 3")
        }
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: concurrent.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
    }

    @Test("PNG and SVG pages are written per page")
    func otherFormats() throws {
        let folder = try Self.render(["--lang", "fr", "--format", "png"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("\(Self.id).fr-1.png")
        #expect(FileManager.default.fileExists(atPath: first.path))
        // Pages beyond the last of a new, shorter render are not left to mislead.
        let stale = folder.appendingPathComponent("\(Self.id).fr-40.png")
        let unrelated = folder.appendingPathComponent("\(Self.id).fr-42.png")
        let beyond = try FileManager.default.contentsOfDirectory(atPath: folder.path).count + 1
        for page in beyond...40 {
            try Data().write(to: folder.appendingPathComponent("\(Self.id).fr-\(page).png"))
        }
        try Data().write(to: unrelated)
        let again = try Tool.briefing(["render", Repository.example.path, "--output", folder.path, "--lang", "fr", "--format", "png"])
        #expect(again.status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
        #expect(FileManager.default.fileExists(atPath: unrelated.path), "only the pages that follow on are stale")
        #expect(FileManager.default.fileExists(atPath: first.path))
        let svgFolder = try Self.render(["--lang", "lo", "--format", "svg"])
        defer { try? FileManager.default.removeItem(at: svgFolder) }
        let svg = try String(contentsOf: svgFolder.appendingPathComponent("\(Self.id).lo-1.svg"), encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") && svg.contains("<svg"))
    }
}
