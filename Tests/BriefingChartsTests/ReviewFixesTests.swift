@testable import BriefingCharts
import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText
import Foundation
import Testing

/// Defects a blind tester found in rendered charts, each asserted on the drawn geometry.
@Suite("Progress charts: figures and overshoot")
struct ProgressReviewTests {
    private func progress(_ items: [(String, Double, Double)], unit: String? = nil) -> Chart {
        Chart(id: "p", type: .progress, title: Text("P"), unit: unit.map { Text($0) },
              items: items.map { ProgressItem(label: Text($0.0), value: $0.1, target: $0.2) })
    }

    @Test("\"value / target\" shows whole, left of the bars, whatever the names' widths")
    func wholeDetails() throws {
        let engine = try ChartFixtures.engine()
        let chart = progress([("Full", 100, 100), ("Half", 50, 100), ("Over", 120, 100), ("Almost", 99.6, 100),
                              ("Barely", 0.4, 100)], unit: "%")
        let frame = ChartFixtures.render(chart, engine: engine)
        let boxes = frame.runBoxes(engine: engine, language: "en")
        #expect(!boxes.contains { $0.text.contains("…") }, "\(boxes.map(\.text))")
        let detail = try #require(boxes.first { $0.text == "99.6\u{A0}/\u{A0}100%" }, "\(boxes.map(\.text))")
        let trackLeft = try #require(frame.filledRectangles.map(\.rect.x).min())
        #expect(detail.bounds.maxX <= trackLeft)
    }

    @Test("One item far past its target leaves the other bars readable; its percentage stays true")
    func overshootCapped() throws {
        let engine = try ChartFixtures.engine()
        let frame = ChartFixtures.render(progress([("Roads", 5, 10), ("Stations", 250, 10)]), engine: engine)
        let blue = Style.base.colors.charts[0]
        let filled = frame.filledRectangles.filter { $0.fill == blue }.map(\.rect).sorted { $0.y < $1.y }
        let tracks = frame.filledRectangles.filter { $0.fill == blue.lighter(0.8) }.map(\.rect).sorted { $0.y < $1.y }
        try #require(filled.count == 2 && tracks.count == 2)
        #expect(abs(filled[0].width / tracks[0].width - 0.5) < 1e-9)
        #expect(filled[1].width / tracks[1].width <= ProgressChart.overshootLimit + 1e-9)
        #expect(tracks[0].width >= 460 * 0.5, "the target's track keeps most of the width: \(tracks[0].width)")
        let texts = frame.runBoxes(engine: engine, language: "en").map(\.text)
        #expect(texts.contains("2,500%"), "\(texts)")
        // The break: white cuts across the capped bar.
        let cuts = frame.strokes.filter { $0.paint.stroke == .white }.flatMap { $0.elements }
        #expect(cuts.contains { if case .move(let p) = $0 { return p.x > filled[1].x + filled[1].width * 0.9 } else { return false } })
    }

    @Test("A value short of its target never reads as the target")
    func notRoundedToTarget() throws {
        let engine = try ChartFixtures.engine()
        let texts = ChartFixtures.render(progress([("Paved", 999.5, 1000), ("Tunnels", 0, 12.5)], unit: "km"), engine: engine)
            .runBoxes(engine: engine, language: "en").map(\.text)
        #expect(texts.contains("999.5\u{A0}/\u{A0}1,000\u{A0}km"), "\(texts)")
        #expect(texts.contains("0\u{A0}/\u{A0}12.5\u{A0}km"), "\(texts)")
        #expect(texts.contains("99.95%") && !texts.contains("100%"), "\(texts)")
        #expect(ProgressChart.percentDigits(99.95) == 2)
        #expect(ProgressChart.percentDigits(100) == 0)
    }
}

@Suite("Number precision in charts")
struct PrecisionReviewTests {
    @Test("Values keep their own digits and one precision across the chart")
    func sharedDecimals() {
        #expect(ChartNumberFormat.sharedFractionDigits(showing: [1250, 3400.75, 12.5]) == 1)
        #expect(ChartNumberFormat.sharedFractionDigits(showing: [-3.25, 12.5, -0.75, 2.5, -8, 0]) == 2)
        #expect(ChartNumberFormat.sharedFractionDigits(showing: [999.5, 1000]) == 1)
        #expect(ChartNumberFormat.sharedFractionDigits(showing: [5, 10]) == 0)
        #expect(ChartNumberFormat.sharedFractionDigits(showing: [5, 0.1205, -0.045]) == 0, "small values take their own")
    }

    @Test("12.5 beside 3,400.75 reads 12.5; −3.25 beside −0.75 keeps two decimals")
    func renderedLabels() throws {
        let engine = try ChartFixtures.engine()
        let bars = ChartFixtures.chart(.bar, categories: ["A", "B", "C"], series: [[1250, 3400.75, 12.5]])
        let texts = ChartFixtures.render(bars, engine: engine).runBoxes(engine: engine, language: "en").map(\.text)
        #expect(texts.contains("12.5") && texts.contains("3,400.8") && !texts.contains("13"), "\(texts)")
        let signed = ChartFixtures.chart(.column, categories: ["A", "B", "C"], series: [[-3.25, 12.5, -0.75]], unit: "%")
        let french = ChartFixtures.render(signed, engine: engine, language: "fr").runBoxes(engine: engine, language: "fr").map(\.text)
        // The minus sign comes from a fallback face, in a run of its own.
        let joined = french.joined(separator: " ").replacingOccurrences(of: "\u{2212} ", with: "\u{2212}")
        #expect(joined.contains("\u{2212}3,25") && joined.contains("\u{2212}0,75") && joined.contains("12,50"), "\(french)")
    }
}

@Suite("Series colours")
struct SeriesColourReviewTests {
    private static let languages = ["fr", "en", "ar"]

    private static func text(_ values: [String: String]) -> Text {
        Text(translations: values.mapValues { Located($0, at: .unknown) }, languages: languages)
    }

    /// The fills of the first category's bars, in series order.
    private func fills(_ chart: Chart, options: ChartOptions, engine: TextEngine) -> [Color] {
        let frame = ChartRenderer.frame(for: chart, size: (460, 220), style: ChartFixtures.style, options: options, text: engine)
        return Array(frame.filledRectangles.map(\.fill).filter { $0 != .white }.dropFirst(chart.series.count).prefix(chart.series.count))
    }

    @Test("A series has the same colour in every language, and no two series share one")
    func sameInEveryLanguage() throws {
        let engine = try ChartFixtures.engine()
        let red = Color(hex: "#DA251D")!, navy = Color(hex: "#002868")!
        let vietNam = Self.text(["fr": "Vietnam", "en": "Viet Nam", "ar": "فيتنام"])
        let series = [ChartSeries(name: Text("Viet Nam"), values: [1, 2]), ChartSeries(name: vietNam, values: [2, 3]),
                      ChartSeries(name: Text("Laos"), values: [3, 1]), ChartSeries(name: Text("Other"), values: [1, 1])]
        let chart = Chart(id: "c", type: .column, title: Text("C"), categories: [Text("2024"), Text("2025")], series: series)
        var editions: [[Color]] = []
        for language in Self.languages {
            var options = ChartOptions(style: ChartFixtures.style, language: language)
            options.languages = Self.languages
            options.delegationColors = [.init(name: vietNam, color: red),
                                        .init(name: Self.text(["fr": "Laos", "en": "Laos", "ar": "لاوس"]), color: navy)]
            editions.append(fills(chart, options: options, engine: engine))
        }
        #expect(editions[0].count == 4 && Set(editions[0]).count == 4, "\(editions[0])")
        #expect(editions[0] == editions[1] && editions[1] == editions[2], "\(editions)")
        #expect(editions[0][0] == red && editions[0][2] == navy)
    }

    @Test("Twelve series or slices stay apart, in colour and in print")
    func twelveApart() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.column, categories: ["A", "B"], series: (1...12).map { [Double($0), 1] },
                                        names: (1...12).map { "S\($0)" })
        let options = ChartOptions(style: ChartFixtures.style, language: "en")
        #expect(Set(fills(chart, options: options, engine: engine)).count == 12)
        let looks = SeriesLook.printSafe(count: 12).map { "\($0.fill) \(String(describing: $0.hatch))" }
        #expect(Set(looks).count == 12, "\(looks)")
        let pie = ChartFixtures.chart(.pie, categories: (1...12).map { "C\($0)" }, series: [(1...12).map(Double.init)])
        let wedges = ChartRenderer.frame(for: pie, size: (460, 300), style: ChartFixtures.style, options: options, text: engine)
            .items.compactMap { item -> Color? in
                guard case .path(let elements, let paint) = item, elements.contains(where: { if case .cubic = $0 { true } else { false } })
                else { return nil }
                return paint.fill
            }
        #expect(Set(wedges).count == 12, "\(wedges.count) wedges")
    }
}

@Suite("Stacks, scales and empty series")
struct StackScaleReviewTests {
    @Test("A stack of mixed signs is labelled with its net total, above it or below when negative",
          arguments: [ChartType.stackedColumn, .stackedBar])
    func netTotal(type: ChartType) throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(type, categories: ["A", "B"], series: [[5.5, -5.5], [-2.25, 2.25], [1.5, -1.5]],
                                        names: ["X", "Y", "Z"])
        let frame = ChartFixtures.render(chart, engine: engine)
        let texts = frame.texts(engine: engine, language: "en")
        #expect(texts.contains("4.75") && texts.contains("\u{2212}4.75"), "\(texts)")
        #expect(!texts.contains("7.00") && !texts.contains("\u{2212}7.00"), "no gross totals: \(texts)")
        let boxes = frame.runBoxes(engine: engine, language: "en")
        let bars = frame.filledRectangles.filter { $0.fill != .white && $0.rect.width > 12 && $0.rect.height > 12 }.map(\.rect)
        let positive = try #require(boxes.first { $0.text == "4.75" }).bounds
        let sign = try #require(boxes.indices.dropLast().first { boxes[$0].text.hasSuffix("\u{2212}") && boxes[$0 + 1].text == "4.75" })
        let negative = boxes[sign].bounds
        if type == .stackedColumn {
            func stack(_ label: Rect) -> [Rect] { bars.filter { $0.x <= label.x + label.width / 2 && $0.maxX >= label.x + label.width / 2 } }
            #expect(positive.maxY <= stack(positive).map(\.y).min()! + 0.01, "above the positive stack")
            #expect(negative.y >= stack(negative).map(\.maxY).max()! - 0.01, "below the negative stack")
        } else {
            func stack(_ label: Rect) -> [Rect] { bars.filter { $0.y <= label.y + label.height / 2 && $0.maxY >= label.y + label.height / 2 } }
            #expect(positive.x >= stack(positive).map(\.maxX).max()! - 0.01, "after the positive stack")
            #expect(negative.maxX <= stack(negative).map(\.x).min()! + 0.01, "before the negative stack")
        }
    }

    @Test("Amounts past the largest scale word count in powers of ten")
    func hugeAmounts() {
        let english = ChartNumberFormat(language: "en"), french = ChartNumberFormat(language: "fr")
        #expect(english.format(3.5e12, scale: .billion, unit: "USD") == "USD\u{A0}3.5\u{A0}×\u{A0}10²¹")
        #expect(french.format(3.5e12, scale: .billion, unit: "USD") == "3,5\u{A0}×\u{A0}10²¹\u{A0}USD")
        #expect(english.format(2.5e4, scale: .billion, unit: "USD") == "USD\u{A0}25\u{A0}trillion")
        #expect(english.magnitude(largest: 9e15).word == "trillion")
    }

    @Test("A series with no values is left out of the legend (the loader tells the author)")
    func emptySeries() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.line, categories: ["A", "B", "C"], series: [[nil, nil, nil], [1, nil, 3]], names: ["Un", "Deux"])
        let options = ChartOptions(style: ChartFixtures.style, language: "en")
        let drawing = ChartRenderer.draw(chart, size: (460, 220), style: ChartFixtures.style, options: options, text: engine)
        let texts = drawing.frame.texts(engine: engine, language: "en")
        #expect(texts.contains("Deux") && !texts.contains("Un"), "\(texts)")
        #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
    }
}

@Suite("Right-to-left charts with Latin names")
struct RightToLeftReviewTests {
    static let provinces = ["Attapeu", "Bokeo", "Bolikhamxay", "Champasak", "Houaphanh", "Khammouane", "Luang Namtha",
                            "Luang Prabang", "Oudomxay", "Phongsaly", "Salavan", "Savannakhet", "Sekong", "Vientiane Pref.",
                            "Vientiane Prov.", "Xaignabouli", "Xaisomboun", "Xiangkhouang", "Hà Nội", "Đà Nẵng", "Huế",
                            "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Điện Biên"]

    @Test("Latin names keep their order in Arabic, and every name that shows in English shows in Arabic")
    func latinNamesInArabic() throws {
        let engine = try ChartFixtures.engine()
        let chart = ChartFixtures.chart(.column, categories: Self.provinces, series: [Self.provinces.indices.map { Double($0 * 7 % 25) }])
        var shown: [String: Int] = [:]
        for language in ["en", "ar"] {
            let options = ChartOptions(style: ChartFixtures.style, language: language)
            let drawing = ChartRenderer.draw(chart, size: (460, 220), style: ChartFixtures.style, options: options, text: engine)
            let texts = drawing.frame.texts(engine: engine, language: language)
            shown[language] = Self.provinces.filter(texts.contains).count
            #expect(texts.contains("Vientiane Prov."), "\(language): \(texts)")
            #expect(!texts.contains { $0.hasPrefix(".") }, "\(language): \(texts)")
        }
        #expect(shown["ar"] == shown["en"] && shown["en"]! > Self.provinces.count / 2, "\(shown)")
    }

    @Test("A Latin name cut short in Arabic ends with its ellipsis")
    func ellipsisAtTheEnd() throws {
        let engine = try ChartFixtures.engine()
        let long = "Rehabilitation of National Road 13 South, Section km 0 to 92, with bridges and drainage works"
        let chart = ChartFixtures.chart(.bar, categories: [long, "Short"], series: [[1, 2]])
        let texts = ChartFixtures.render(chart, engine: engine, language: "ar", width: 300, height: 120)
            .texts(engine: engine, language: "ar")
        let cut = try #require(texts.first { $0.contains("…") }, "\(texts)")
        #expect(cut.hasSuffix("…") && texts.contains { $0.hasPrefix("Rehabilitation") }, "\(texts)")
        #expect(LabelMaker.isRightToLeft("Vientiane Prov.", language: "ar") == false)
        #expect(LabelMaker.isRightToLeft("القيمة", language: "en"))
        #expect(LabelMaker.isRightToLeft("12.5", language: "ar"))
    }
}

