import BriefingCharts
import BriefingFrame
import BriefingModel
import Testing

/// Value labels beside bars depend on the bars' thickness, not on how tall a script's
/// face makes its lines: Chinese and Arabic charts show their values as English ones do.
@Suite("Bar value labels")
struct BarValueLabelTests {
    static func values(_ language: String, height: Double) throws -> Int {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.bar, categories: ["A1", "B2", "C3", "D4"],
                                        series: [[22.5, 28.0, 15.2, 18.4], [38.0, 41.5, 24.0, 26.8]], names: ["X", "Y"])
        let drawing = GalleryReviewTests.draw(chart, engine: engine, language: language, width: 460, height: height)
        var texts: [String] = []
        drawing.frame.walk { item, _ in if case .glyphs(let run) = item { texts.append(run.text) } }
        return ["22.5", "41.5", "26.8"].filter { value in
            texts.contains { $0.contains(value) || $0.contains(value.replacingOccurrences(of: ".", with: ",")) }
        }.count
    }

    @Test("Wherever an English bar chart shows its values, a Chinese, Korean, Japanese or Arabic one does",
          arguments: ["zh", "ko", "ja", "ar"])
    func valuesShownAlike(language: String) throws {
        var compared = 0
        for height in stride(from: 140.0, through: 240, by: 2) where try Self.values("en", height: height) == 3 {
            compared += 1
            #expect(try Self.values(language, height: height) == 3, "\(language) at \(height) pt shows no values")
        }
        #expect(compared > 0)
    }
}
