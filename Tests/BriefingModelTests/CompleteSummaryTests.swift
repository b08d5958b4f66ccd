import BriefingModel
import Foundation
import Testing
import TestSupport

/// A summary that uses every part of the format loads with everything in place.
struct CompleteSummaryTests {
    static let source = """
        briefing: 1
        id: vn-la-party-meeting
        languages: [fr, en, lo]
        title:
          fr: "Vietnam – Laos : coopération"
          en: "Vietnam – Laos: cooperation"
        subtitle: Réunion bilatérale
        date: 2025-12-02
        status: draft
        classification: {fr: Diffusion restreinte, en: Restricted}
        reference: 2025-117
        issuer: {fr: Direction Asie, en: Asia Department}
        author: Jeanne Martin
        style: ministere
        x-editor-note: ignored
        meeting:
          title: {fr: Sommet, en: Summit}
          date: 2025-12-01
          start: 09:30
          end: "17:00"
          location: {fr: Vientiane, en: Vientiane, lo: ນະຄອນຫຼວງວຽງຈັນ}
          chairs: [to-lam, thongloun]
        delegations:
          - {id: vn, name: {fr: Vietnam, en: Viet Nam, lo: ຫວຽດນາມ}, country: VN, color: "#C8102E"}
          - {id: la, name: {fr: Laos, en: Laos, lo: ລາວ}, country: LA}
        participants:
          - {id: to-lam, name: Tô Lâm, delegation: vn, role: {fr: Secrétaire général, en: General Secretary}}
          - {id: thongloun, name: {fr: Thongloun Sisoulith, lo: ທອງລຸນ ສີສຸລິດ}, delegation: la}
        summary:
          - fr: "Objectif : **5 milliards de dollars**."
            en: "Goal: **USD 5 billion**."
        sections:
          - id: economy
            title: {fr: Économie, en: Economy}
            body:
              - "[[to-lam]] et [[thongloun]] ont salué les progrès."
              - {list: [un, deux]}
              - {numbered: [premier, second]}
              - {quote: "Nous avançons.", by: "[[to-lam]]"}
              - {callout: Attention, kind: warning}
              - table:
                  columns: [Pays, Part]
                  rows:
                    - [Vietnam, "60 %"]
                    - [Laos, "40 %"]
                  caption: Parts
              - chart: trade
              - {image: images/map.png, caption: Carte, alt: Une carte, width: 0.5}
              - page-break: true
            sections:
              - title: Détails
                sections:
                  - title: Chiffres
                    body: [Texte]
        decisions:
          - {text: Accord signé, parties: [vn, la], due: 2026-01-15, status: proposed}
        actions:
          - {text: Rapport, owner: to-lam, due: 2026-02-01, status: in-progress}
          - {text: Suivi, owner: la}
        charts:
          - id: trade
            type: column
            title: {fr: Commerce, en: Trade}
            note: Estimations
            source: Douanes
            unit: USD
            scale: billion
            categories: [{fr: Objectif 1, en: Target 1}, {fr: Objectif 2, en: Target 2}]
            series: [{name: {fr: Objectif, en: Target}, values: [5, null], color: "#005BBB"}]
          - id: shares
            type: pie
            title: Parts
            categories: [A, B]
            series: [{values: [60, 40]}]
          - id: calendar
            type: timeline
            title: Calendrier
            events: [{date: 2025-12-02, label: Sommet}]
          - id: goals
            type: progress
            title: Objectifs
            unit: "%"
            items: [{label: Routes, value: 40, target: 100}]
        sources:
          - {title: Communiqué, publisher: VNA, date: 2025-12-03, url: "https://example.org/c"}

        """

    @Test func loadsEverything() throws {
        let result = try fixture(Self.source, files: ["images/map.png": Fixtures.png()])
        let warnings = result.warnings.map(\.message)
        #expect(warnings.count == 3, "\(warnings)")
        #expect(result.errors.isEmpty, "\(result.errors.map(\.description))")
        let briefing = try #require(result.briefing)

        #expect(briefing.version == 1)
        #expect(briefing.id == "vn-la-party-meeting")
        #expect(briefing.languages == ["fr", "en", "lo"])
        #expect(briefing.originalLanguage == "fr")
        #expect(briefing.title.resolve("en").value == "Vietnam – Laos: cooperation")
        #expect(briefing.title.resolve("lo") == Text.Resolved(value: "Vietnam – Laos : coopération",
            location: SourceLocation(file: "summary.yaml", line: 5, column: 7), language: "fr", isFallback: true))
        #expect(briefing.subtitle?.resolve("en").value == "Réunion bilatérale")
        #expect(briefing.date == Day(year: 2025, month: 12, day: 2))
        #expect(briefing.status == .draft)
        #expect(briefing.classification?.resolve("en").value == "Restricted")
        #expect(briefing.reference?.value == "2025-117")
        #expect(briefing.issuer?.resolve("fr").value == "Direction Asie")
        #expect(briefing.author == "Jeanne Martin")
        #expect(briefing.style == Located("ministere", at: SourceLocation(file: "summary.yaml", line: 14, column: 8)))

        let meeting = try #require(briefing.meeting)
        #expect(meeting.date == Day(year: 2025, month: 12, day: 1))
        #expect(meeting.start == TimeOfDay(hour: 9, minute: 30))
        #expect(meeting.end == TimeOfDay(hour: 17, minute: 0))
        #expect(meeting.location?.resolve("lo").value == "ນະຄອນຫຼວງວຽງຈັນ")
        #expect(meeting.chairs == ["to-lam", "thongloun"])

        #expect(briefing.delegations.map(\.id) == ["vn", "la"])
        #expect(briefing.delegations[0].country == "VN")
        #expect(briefing.delegations[0].color == Color(hex: "#C8102E"))
        #expect(briefing.participants.map(\.delegation) == ["vn", "la"])
        #expect(briefing.name(of: "thongloun")?.resolve("lo").value == "ທອງລຸນ ສີສຸລິດ")
        #expect(briefing.name(of: "vn")?.resolve("en").value == "Viet Nam")
        #expect(briefing.name(of: "trade") == nil)

        #expect(briefing.summary.first?.resolve("en").inlines == [.text("Goal: "), .strong([.text("USD 5 billion")]), .text(".")])

        let section = try #require(briefing.sections.first)
        #expect(section.id == "economy")
        #expect(section.location == SourceLocation(file: "summary.yaml", line: 33, column: 5))
        let kinds = section.body.map(\.kind)
        #expect(kinds.count == 9)
        #expect(kinds[0] == .paragraph(RichText([.reference("to-lam"), .text(" et "), .reference("thongloun"),
                                                 .text(" ont salué les progrès.")],
                                                at: SourceLocation(file: "summary.yaml", line: 36, column: 9))))
        #expect(section.body[0].location == SourceLocation(file: "summary.yaml", line: 36, column: 9))
        guard case .list(let items) = kinds[1], case .numbered(let numbered) = kinds[2],
              case .quote(_, let by) = kinds[3], case .callout(_, .warning) = kinds[4],
              case .table(let table) = kinds[5], case .chart(id: "trade") = kinds[6],
              case .image(let image) = kinds[7], case .pageBreak = kinds[8]
        else {
            Issue.record("unexpected blocks \(kinds)")
            return
        }
        #expect(items.count == 2 && numbered.count == 2)
        #expect(by?.resolve("fr").inlines == [.reference("to-lam")])
        #expect(table.columns.count == 2 && table.rows.count == 2 && table.rows.allSatisfy { $0.count == 2 })
        #expect(table.caption?.resolve("fr").value == "Parts")
        #expect(image.path == "images/map.png")
        #expect(image.url.lastPathComponent == "map.png")
        #expect(image.width == 0.5)
        #expect(image.alt?.resolve("en").value == "Une carte")
        #expect(section.sections.first?.sections.first?.title.resolve("fr").value == "Chiffres")

        #expect(briefing.decisions.first?.parties == ["vn", "la"])
        #expect(briefing.decisions.first?.status == .proposed)
        #expect(briefing.decisions.first?.due == Day(year: 2026, month: 1, day: 15))
        #expect(briefing.actions.map(\.status) == [.inProgress, .open])
        #expect(briefing.actions.map(\.owner) == ["to-lam", "la"])

        let trade = try #require(briefing.chart(id: "trade"))
        #expect(trade.type == .column)
        #expect(trade.scale == .billion)
        #expect(trade.unit?.resolve("en").value == "USD")
        #expect(trade.categories.map { $0.resolve("en").value } == ["Target 1", "Target 2"])
        #expect(trade.series.first?.values == [5, nil])
        #expect(trade.series.first?.color == Color(hex: "#005BBB"))
        #expect(briefing.chart(id: "shares")?.series.first?.name == nil)
        #expect(briefing.chart(id: "calendar")?.events.first?.date == Day(year: 2025, month: 12, day: 2))
        #expect(briefing.chart(id: "goals")?.items.first?.fraction == 0.4)

        #expect(briefing.sources.first?.url == "https://example.org/c")
        #expect(briefing.sources.first?.publisher?.resolve("fr").value == "VNA")
        #expect(briefing.file == "summary.yaml")
        #expect(briefing.directory.lastPathComponent.hasPrefix("briefing-tests-"))
    }

    /// Charts that no block places are allowed, with a warning.
    @Test func unplacedChartsAreWarnings() throws {
        let result = try fixture(Self.source, files: ["images/map.png": Fixtures.png()])
        expectDiagnostic(result, .warning, line: 70, column: 5, "chart `shares` is never placed")
        expectDiagnostic(result, .warning, line: 75, column: 5, "chart `calendar` is never placed")
        expectDiagnostic(result, .warning, line: 79, column: 5, "chart `goals` is never placed")
    }
}
