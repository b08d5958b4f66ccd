@testable import BriefingCharts
import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation
import Testing

/// A second QA pass: progress bars as tall as their rows, and names in right-to-left and
/// South-East Asian scripts wrapped before they are cut.
@Suite("Progress bars as tall as their rows")
struct ProgressHeightTests {
    /// The width of a chart in one column of a parallel edition on A4.
    static let halfWidth = 220.0

    /// Text per language, English first.
    static func text(_ values: [String: String]) -> Text {
        Text(translations: values.mapValues { Located($0, at: .unknown) },
             languages: ["en"] + values.keys.filter { $0 != "en" }.sorted())
    }

    static func progress(_ items: [(label: Text, value: Double, target: Double)], unit: String? = nil) -> Chart {
        Chart(id: "p", type: .progress, title: Text("P"), unit: unit.map { Text($0) },
              items: items.map { ProgressItem(label: $0.label, value: $0.value, target: $0.target) })
    }

    /// `progress-plan` of the QA's he-cyber.yaml: two items.
    static let plan = progress([
        (text(["he": "בתי חולים שעברו ביקורת", "en": "Hospitals audited", "fr": "Hôpitaux audités"]), 34, 50),
        (text(["he": "אנשי מקצוע שהוכשרו", "en": "Professionals trained", "fr": "Professionnels formés"]), 95, 120),
    ])

    /// `prog` of the QA's tl-prog.yaml, whose third name needs two lines.
    static let prog = progress([
        (text(["en": "Roads completed", "ar": "الطرق المنجزة", "de": "Fertige Straßen"]), 250, 100),
        (text(["en": "Bridges", "ar": "الجسور", "de": "Brücken"]), 0, 12),
        (text(["en": "Electrified railway lines in the northern and central provinces",
               "ar": "خطوط السكك الحديدية المكهربة في المقاطعات الشمالية والوسطى",
               "de": "Elektrifizierte Eisenbahnstrecken in den nördlichen und zentralen Provinzen"]), 0.00042, 1000),
        (Text("Exact"), 12.5, 12.5),
        (Text("Almost"), 99.96, 100),
    ], unit: "km")

    /// The progress tracks, top to bottom.
    static func tracks(_ frame: Frame) -> [Rect] {
        frame.filledRectangles.filter { $0.fill == Style.base.colors.charts[0].lighter(0.8) }.map(\.rect).sorted { $0.y < $1.y }
    }

    @Test("Two progress bars sit a row apart in a chart only as tall as its rows", arguments: ["en", "fr", "he"])
    func fewRows(language: String) throws {
        let engine = try ChartFixtures.engine()
        let (drawing, height) = QAFixtures.drawTall(Self.plan, engine: engine, language: language)
        #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
        #expect(height >= 48 && height <= 80, "\(height) pt for two rows")
        let tracks = Self.tracks(drawing.frame)
        try #require(tracks.count == 2)
        let pitch = tracks[1].y - tracks[0].y
        #expect(pitch >= 24 && pitch <= 40, "bars \(pitch) pt apart")
        #expect(tracks[0].height == ProgressChart.maximumThickness)
        let boxes = drawing.frame.runBoxes(engine: engine, language: language)
        for (index, box) in boxes.enumerated() {
            #expect(box.bounds.y >= -0.01 && box.bounds.maxY <= height + 0.01, "“\(box.text)” outside the chart")
            for other in boxes[(index + 1)...] where box.intersects(other) { Issue.record("“\(box.text)” overlaps “\(other.text)”") }
        }
    }

    @Test("Rows that show whole at the style's height never make the chart taller")
    func neverTaller() throws {
        let engine = try ChartFixtures.engine()
        let eight = Self.progress((1...8).map { (Text("Province \($0)"), Double($0), 10) })
        let (drawing, height) = QAFixtures.drawTall(eight, engine: engine)
        #expect(height == 200)
        #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
    }

    @Test("A long Arabic progress name wraps onto two lines, as in English and German", arguments: ["en", "de", "ar"])
    func rightToLeftWraps(language: String) throws {
        let engine = try ChartFixtures.engine()
        let (drawing, height) = QAFixtures.drawTall(Self.prog, engine: engine, language: language)
        #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
        #expect(height <= 320)
        let name = Self.prog.items[2].label.resolve(language).value
        let runs = drawing.frame.runBoxes(engine: engine, language: language).filter { name.contains($0.text) && $0.text.count > 3 }
        #expect(!runs.contains { $0.text.contains("…") })
        // Its lines, one under the other, read the whole name.
        let lines = Dictionary(grouping: runs) { ($0.bounds.y * 10).rounded() }.values
        #expect(lines.count == 2, "\(runs.map(\.text))")
        let words = runs.map(\.text).joined(separator: " ").split(separator: " ")
        #expect(Set(words) == Set(name.split(separator: " ")), "\(runs.map(\.text))")
    }

    @Test("Half a page wide, Burmese, Thai, Lao and Khmer names wrap at their words before they are cut",
          arguments: [("my", "ဆုံဆို့နာ–မေးခိုင်–ကြက်ညှာချောင်းဆိုး (DTP3)"), ("th", "ทางรถไฟไฟฟ้าในจังหวัดภาคเหนือและภาคกลาง"),
                      ("lo", "ໝາກແດງ–ຫັດເຢຍລະມັນ ເຂັມທີ 1 ໃນແຂວງພາກເໜືອ"), ("km", "ការចាក់វ៉ាក់សាំងការពារជំងឺកញ្ជ្រឹលនៅតំបន់ព្រំដែន")])
    func dictionaryWords(language: String, long: String) throws {
        let engine = try ChartFixtures.engine()
        let chart = Self.progress([(Text("ABC"), 82, 95), (Text(long), 67, 95), (Text("DEF"), 88, 90)], unit: "%")
        let (drawing, height) = QAFixtures.drawTall(chart, engine: engine, language: language, width: Self.halfWidth)
        #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
        #expect(height <= 200)
        // The runs of the long name, line by line: in order, they are the name, broken
        // between its words, nothing cut.
        var runs: [(text: String, x: Double, baseline: Double)] = []
        drawing.frame.walk { item, transform in
            guard case .glyphs(let run) = item, !["ABC", "DEF"].contains(run.text),
                  run.text.allSatisfy({ $0.isWhitespace || long.contains($0) }) else { return }
            let origin = transform(run.origin)
            runs.append((run.text, origin.x, origin.y))
        }
        runs.sort { ($0.baseline, $0.x) < ($1.baseline, $1.x) }
        #expect(Set(runs.map(\.baseline)).count >= 2, "\(runs.map(\.text))")
        let joined = runs.map(\.text).joined()
        #expect(joined.filter { !$0.isWhitespace } == long.filter { !$0.isWhitespace }, "\(runs.map(\.text))")
    }
}
