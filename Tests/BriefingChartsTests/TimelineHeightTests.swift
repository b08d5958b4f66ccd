@testable import BriefingCharts
import BriefingFrame
import BriefingModel
import BriefingText
import Foundation
import Testing

/// A second QA pass: timelines as tall as their levels of labels, the axis under them.
@Suite("Timelines as tall as their labels")
struct TimelineHeightTests {
    static func timeline(_ events: [(String, Text)]) -> Chart {
        Chart(id: "t", type: .timeline, title: Text("T"), events: events.map { ChartEvent(date: Day($0.0)!, label: $0.1) })
    }

    /// `milestones` of the QA's he-cyber.yaml.
    static let milestones = timeline([
        ("2025-09-09", ProgressHeightTests.text(["he": "סבב הדיאלוג השלישי", "en": "Third dialogue round"])),
        ("2026-01-01", ProgressHeightTests.text(["he": "הפעלת הערוץ המאובטח", "en": "Secure channel goes live"])),
        ("2026-03-15", ProgressHeightTests.text(["he": "תרגיל Cyber Dome", "en": "Cyber Dome exercise"])),
        ("2026-09-01", ProgressHeightTests.text(["he": "קורס ראשון בבאר שבע", "en": "First course in Beersheba"])),
    ])

    /// The timetable of the QA's la-th-power.yaml.
    static let timetable = timeline([
        ("2025-03-07", ProgressHeightTests.text(["lo": "ກອງປະຊຸມຄັ້ງທີ 14", "th": "การประชุมครั้งที่ 14", "en": "14th meeting"])),
        ("2025-06-30", ProgressHeightTests.text(["lo": "ສຳເລັດການທົດແທນຄ່າເສຍຫາຍ", "th": "จ่ายค่าชดเชยแล้วเสร็จ", "en": "Compensation completed"])),
        ("2025-09-15", ProgressHeightTests.text(["lo": "ເລີ່ມກໍ່ສ້າງເສົາໄຟຟ້າ", "th": "เริ่มก่อสร้างเสาส่ง", "en": "Tower construction starts"])),
        ("2026-02-01", ProgressHeightTests.text(["lo": "ຕິດຕັ້ງ SCADA/EMS", "th": "ติดตั้ง SCADA/EMS", "en": "SCADA/EMS installed"])),
        ("2026-08-31", ProgressHeightTests.text(["lo": "ເປີດນຳໃຊ້ສາຍສົ່ງ 500 kV", "th": "เปิดใช้สายส่ง 500 kV", "en": "500 kV line energised"])),
    ])

    /// Four events on one day and two the day before (`same-day` of the QA's tl-prog.yaml).
    static let sameDay = timeline([
        ("2025-06-01", Text("Summit opens")), ("2025-06-01", Text("Agreement signed")),
        ("2025-06-01", Text("Joint press conference")), ("2025-06-01", Text("State dinner")),
        ("2025-05-31", Text("Delegations arrive")), ("2025-05-31", Text("Senior officials' preparatory meeting")),
    ])

    /// The axis: the one horizontal stroke across the whole chart (drawn from the right in
    /// a right-to-left language).
    static func axis(_ frame: Frame, width: Double) -> Double? {
        frame.strokes.compactMap { stroke -> Double? in
            guard stroke.elements.count == 2, case .move(let a) = stroke.elements[0], case .line(let b) = stroke.elements[1],
                  a.y == b.y, min(a.x, b.x) == 0, max(a.x, b.x) == width else { return nil }
            return a.y
        }.first
    }

    @Test("A few events make a short timeline, its labels from the top, the axis and its dates at the bottom",
          arguments: [("he", "milestones"), ("en", "milestones"), ("en", "timetable"), ("lo", "timetable"), ("th", "timetable")])
    func shortTimeline(language: String, name: String) throws {
        let engine = try ChartFixtures.engine()
        let chart = name == "milestones" ? Self.milestones : Self.timetable
        for width in [460, ProgressHeightTests.halfWidth] {
            let (drawing, height) = QAFixtures.drawTall(chart, engine: engine, language: language, width: width)
            #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
            #expect(height < 200, "\(width) wide: \(height) pt")
            let boxes = drawing.frame.runBoxes(engine: engine, language: language).map(\.bounds)
            let top = boxes.map(\.y).min() ?? 0, bottom = boxes.map(\.maxY).max() ?? 0
            #expect(top >= -0.01 && top <= 1, "\(width) wide: labels start \(top) pt down")
            #expect(bottom <= height + 0.01 && bottom >= height - 2, "\(width) wide: text ends \(bottom) pt, chart \(height) pt")
            let axis = try #require(Self.axis(drawing.frame, width: width))
            #expect(axis > top && axis < bottom)
        }
    }

    @Test("Events on one day stack within the shorter chart without touching", arguments: ["en", "ja"])
    func stacked(language: String) throws {
        let engine = try ChartFixtures.engine()
        let (drawing, height) = QAFixtures.drawTall(Self.sameDay, engine: engine, language: language)
        #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
        #expect(height <= 200)
        let boxes = drawing.frame.runBoxes(engine: engine, language: language)
        #expect(boxes.count(where: { $0.text.contains("Summit") || $0.text.contains("Delegations") }) == 2)
        for (index, box) in boxes.enumerated() {
            #expect(box.bounds.y >= -0.01 && box.bounds.maxY <= height + 0.01, "“\(box.text)” outside the chart")
            for other in boxes[(index + 1)...] where box.intersects(other) { Issue.record("“\(box.text)” overlaps “\(other.text)”") }
        }
    }
}
