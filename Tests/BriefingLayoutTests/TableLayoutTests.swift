import BriefingFrame
import BriefingLayout
import Testing
import TestSupport

@Suite("Table columns")
struct TableLayoutTests {
    /// A table whose figures sit under long headings, beside a column of prose.
    static let yaml = """
        briefing: 1
        id: columns
        languages: [fr]
        title: Colonnes
        date: 2025-12-02
        sections:
          - title: Tableau
            body:
              - table:
                  columns: [Indicateur, Réalisation effective 2024, Objectif prévisionnel 2025, Observations détaillées des responsables]
                  rows:
                    - [Croissance, "3,27", "3,0", "Dépend de la météo et des marchés d’exportation, notamment la Chine et les États-Unis, selon le ministère."]
                    - [Exportations, "62,5", "64", "Les responsables prévoient une progression régulière, sous réserve des conditions internationales."]
        """

    @Test("Figures do not take the width prose needs: their long headings wrap, at spaces, never hyphenated")
    func headingsWrapForTheBody() throws {
        let document = try LayoutFixtures.layout(Self.yaml)
        let runs = document.pages.flatMap(\.frame.glyphRuns)
        let heading = runs.filter { run in ["Réalisation", "effective"].contains { run.text.contains($0) } }
        #expect(Set(heading.map(\.origin.y)).count >= 2, "the heading of the figures' column should wrap")
        for run in runs where run.text.contains("Réalisation") || run.text.contains("prévisionnel") || run.text.contains("Observations") {
            #expect(!run.text.hasSuffix("-") && !run.text.hasSuffix("\u{2010}"), "a heading is hyphenated: \(run.text)")
        }
        // The prose column gets more than a fair quarter of the width.
        let prose = try #require(runs.first { $0.text.contains("Dépend") })
        let figures = try #require(runs.first { $0.text.contains("3,27") })
        #expect(prose.origin.x - figures.origin.x < 120, "the figures' column is too wide")
    }
}

@Suite("Shortest tables")
struct ShortestTableTests {
    @Test("Width goes where it saves lines: short names stay whole beside long remarks")
    func namesStayWhole() throws {
        let yaml = """
            briefing: 1
            id: short
            languages: [en]
            title: Short
            date: 2025-12-02
            sections:
              - title: Table
                body:
                  - table:
                      columns: [Responsible, Due, Remarks]
                      rows:
                        - [Phạm Minh Chính, 31 March 2026, "A remark that explains what each side is expected to prepare before the next meeting."]
                        - [Sonexay Siphandone, 15 April 2026, "Another remark about the documents to exchange and who must be consulted."]
            """
        let document = try LayoutFixtures.layout(yaml, language: "en")
        let texts = document.pages[0].frame.glyphRuns.map {
            $0.text.replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        }
        for name in ["Phạm Minh Chính", "Sonexay Siphandone", "31 March 2026"] {
            #expect(texts.contains { $0.contains(name) }, "'\(name)' is broken across lines: \(texts)")
        }
    }
}

@Suite("Tables in parallel editions")
struct ParallelTableTests {
    /// The French paragraph before the table is empty: blocks still pair by position.
    @Test("A table too wide for a column is set across the page, one language after the other, with no rule through it")
    func wideTableSpansColumns() throws {
        let yaml = """
            briefing: 1
            id: wide
            languages: [en, fr]
            title: {en: Stations, fr: Stations}
            date: 2025-12-02
            sections:
              - title: {en: Network, fr: Réseau}
                body:
                  - {en: "Said only in English.", fr: ""}
                  - table:
                      columns: [{en: Station, fr: Station}, {en: Country, fr: Pays}, {en: Parameter, fr: Paramètre},
                                {en: Frequency, fr: Fréquence}, {en: Responsible agency, fr: Organisme responsable},
                                {en: Baseline, fr: Référence}, {en: Remarks and conditions, fr: Remarques et conditions}]
                      rows:
                        - [Pakse, Laos, {en: Discharge, fr: Débit}, {en: Hourly, fr: Horaire},
                           {en: National Hydro-Meteorological Service, fr: Service hydrométéorologique national}, "1385",
                           {en: Sensor replacement scheduled, fr: Remplacement des capteurs prévu}]
            """
        let document = try LayoutFixtures.parallel(yaml, languages: ("en", "fr"))
        let page = try #require(document.pages.first)
        let middle = page.textBlock.x + page.textBlock.width / 2
        let runs = page.frame.glyphRuns
        // The English table's last heading lies in the right half: the table spans the page.
        let remarks = try #require(runs.first { $0.text.contains("Remarks") })
        #expect(remarks.origin.x > middle)
        let french = try #require(runs.first { $0.text.contains("Remarques") })
        #expect(french.origin.y > remarks.origin.y, "the French table should follow the English one")
        for run in runs {
            #expect(run.origin.x + run.width <= page.textBlock.maxX + 0.5, "'\(run.text)' overflows")
        }
        // No column rule crosses the tables.
        let tableTop = remarks.origin.y - 20
        let rules = page.frame.items.compactMap { item -> (Double, Double)? in
            guard case .path(let elements, _) = item, elements.count == 2,
                  case .move(let a) = elements[0], case .line(let b) = elements[1],
                  abs(a.x - b.x) < 0.01, abs(a.x - middle) < 2 else { return nil }
            return (a.y, b.y)
        }
        for (top, bottom) in rules {
            #expect(bottom <= tableTop || top >= french.origin.y + 40, "the column rule runs through a table")
        }
    }
}

@Suite("Chinese, Japanese and Korean table columns")
struct PhraseColumnTests {
    static let yaml = """
        briefing: 1
        id: cjk
        languages: [zh, ko, ja]
        title: {zh: 氢能合作, ko: 수소 협력, ja: 水素協力}
        date: 2025-07-24
        delegations:
          - {id: cn, name: {zh: 中国, ko: 중국, ja: 中国}}
          - {id: vn, name: {zh: 越南, ko: 베트남, ja: ベトナム}}
          - {id: jp, name: {zh: 日本, ko: 일본, ja: 日本}}
        participants:
          - {id: park, name: {zh: "朴 瑞妍", ko: 박서연, ja: "朴 瑞妍"}, delegation: cn}
          - {id: huang, name: {zh: 黄晓雯, ko: 황샤오원, ja: 黄暁雯}, delegation: cn}
        sections:
          - title: {zh: 会谈情况, ko: 회의 개요, ja: 協議の概要}
            body: [{zh: 双方进行了会谈。, ko: 양측은 회담했다., ja: 両者は会談した。}]
        decisions:
          - text: {zh: "成立中韩氢能标准工作组。", ko: "한중 수소 표준 작업반을 구성한다.", ja: "円借款の要請書を２０２５年１０月末までに提出する。"}
            parties: [vn]
            due: 2025-09-30
          - text: {zh: "开展连接测试。", ko: "연결 시험을 실시한다.", ja: "ＮＳＷとＣｙｂｅｒ　Ｐｏｒｔの接続試験を行う。"}
            parties: [jp, vn]
            status: proposed
        actions:
          - text: {zh: "提交检测方法差异分析报告。", ko: "시험 방법 차이 분석 보고서를 제출한다.", ja: "事前調査団の派遣日程を調整する。"}
            owner: park
            due: 2025-09-30
            status: in-progress
          - text: {zh: "组织企业联合体赴蔚山考察。", ko: "기업 컨소시엄의 울산 현지 시찰을 조직한다.", ja: "住民移転計画の素案を作成する。"}
            owner: huang
            due: 2025-11-15
        """

    @Test("In a parallel column, headings, statuses and names are not set a character per line")
    func shortPhrasesWhole() throws {
        let document = try LayoutFixtures.parallel(Self.yaml, languages: ("zh", "ko"))
        let texts = document.pages.flatMap(\.frame.glyphRuns).map(\.text)
        for phrase in ["序号", "负责方", "状态", "进行中", "未启动", "已商定", "黄晓雯", "瑞妍"] {
            #expect(texts.contains { $0.contains(phrase) }, "'\(phrase)' is broken: \(texts)")
        }
        // Korean breaks only between words, never between a number and its unit ("9 / 월").
        #expect(!texts.contains { ["월", "일"].contains($0) || $0.hasPrefix("월 ") || $0.hasPrefix("일 ") }, "\(texts)")
        #expect(document.diagnostics.isEmpty, "\(document.diagnostics.map(\.message))")
    }

    @Test("A cell wraps between phrases, never leaving one character of a word on a line")
    func noLoneCharacter() throws {
        let document = try LayoutFixtures.layout(Self.yaml, language: "ja")
        let texts = document.pages.flatMap(\.frame.glyphRuns).map(\.text)
        #expect(texts.contains { $0.contains("ベトナム") }, "\(texts)")
        #expect(!texts.contains("ム"))
    }
}

@Suite("Short cells")
struct ShortCellTests {
    /// Long lists of parties beside short decisions: the table would be shortest with
    /// the parties on one line and every date wrapped, which reads as broken dates.
    @Test("Dates and statuses stay on one line when the table can afford it")
    func shortCellsStayWhole() throws {
        let parties = ["[fr, vn]", "[eu, vn]", "[fr, vn, eu, adb]", "[eu, vn]", "[fr, vn]"]
        let topics = ["l’hydrogène", "le MACF", "les câbles sous-marins", "la pêche INN", "les semi-conducteurs"]
        var decisions = ""
        for index in 0..<5 {
            decisions += "  - {text: \"Décision \(index + 1) : créer un groupe de travail sur \(topics[index]).\", "
                + "parties: \(parties[index]), due: 2026-0\(index + 1)-\(10 + index), status: \(["agreed", "proposed", "rejected"][index % 3])}\n"
        }
        let yaml = """
            briefing: 1
            id: short
            languages: [fr]
            title: Décisions
            date: 2026-01-01
            delegations:
              - {id: fr, name: France}
              - {id: vn, name: Viêt Nam}
              - {id: eu, name: Union européenne}
              - {id: adb, name: Banque asiatique de développement}
            sections: [{title: Une, body: [Texte.]}]
            decisions:
            \(decisions)
            """
        let document = try LayoutFixtures.layout(yaml)
        let texts = document.pages.flatMap(\.frame.glyphRuns).map {
            $0.text.replacingOccurrences(of: "\u{A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ")
        }
        for date in ["10 janvier 2026", "11 février 2026", "12 mars 2026", "13 avril 2026", "14 mai 2026"] {
            #expect(texts.contains { $0.hasPrefix(date) }, "\(date) wraps: \(texts)")
        }
        #expect(!texts.contains("2026"), "a date wraps: \(texts)")
    }
}

@Suite("Names in table cells")
struct TableNameTests {
    /// A Japanese name breaks only between its parts ("レ・クアン・ヴィン"); its width
    /// alone would say two lines where it takes three, and the column was set too narrow.
    @Test("A column is as wide as its names need to take the lines their width promises")
    func namesCountedAsTheyBreak() throws {
        let yaml = """
            briefing: 1
            id: names
            languages: [ja]
            title: 今後の対応
            date: 2025-09-18
            delegations: [{id: vn, name: ベトナム}]
            participants:
              - {id: vinh, name: レ・クアン・ヴィン, delegation: vn}
              - {id: tan, name: グエン・ドゥック・タン, delegation: vn}
              - {id: lan, name: ファム・ティ・ラン, delegation: vn}
              - {id: sato, name: 佐藤由美, delegation: vn}
              - {id: tanaka, name: 田中誠, delegation: vn}
            sections: [{title: 概要, body: [本文。]}]
            actions:
              - {text: 円借款事業の承認手続の簡素化に関する指針を関係機関に通知する。, owner: vinh, due: 2025-12-31, status: open}
              - {text: 技術協力の延長に係る討議議事録（R/D）に署名する。, owner: sato, due: 2025-12-15, status: in-progress}
              - {text: 見直し後の事業計画を日本側に提出する。, owner: tan, due: 2026-03-31, status: open}
              - {text: 鉄道技術者200名を対象とする研修カリキュラムを作成する。, owner: tanaka, due: 2026-02-28, status: open}
              - {text: 1号線の運行・保守データを四半期ごとにJICAと共有する。, owner: lan, due: 2025-12-31, status: open}
            """
        let document = try LayoutFixtures.layout(yaml, language: "ja")
        let runs = document.pages.flatMap(\.frame.glyphRuns)
        // Each name on one line or two, never a part alone in the middle.
        for middle in ["クアン・", "ドゥック・", "ティ・"] {
            #expect(!runs.contains { $0.text == middle }, "a name takes three lines: \(runs.map(\.text))")
        }
    }
}

@Suite("Tables set across a parallel edition")
struct WideTableHeadingTests {
    /// Khmer and English: the actions tables are too wide for a column and are set one
    /// above the other; the English one starts page 6, far from its heading.
    @Test("A second-language table that starts a page brings its heading")
    func headingComesAgain() throws {
        let yaml = try String(contentsOf: Repository.examples.appendingPathComponent("thai-khmer-border-trade.yaml"), encoding: .utf8)
        let document = try LayoutFixtures.parallel(yaml, languages: ("km", "en"))
        let page = try #require(document.pages.first { page in
            page.frame.glyphRuns.contains { $0.text.hasPrefix("Inform the checkpoint agencies") }
        })
        let texts = page.frame.glyphRuns.map(\.text)
        let heading = try #require(page.frame.glyphRuns.first { $0.text == "Follow-up actions" }, "\(texts)")
        let row = try #require(page.frame.glyphRuns.first { $0.text.hasPrefix("Inform the checkpoint agencies") })
        #expect(heading.origin.y < row.origin.y)
        // The heading drawn again is no second outline entry.
        let titles = document.outline.map(\.title)
        #expect(Set(titles).count == titles.count, "\(titles)")
    }
}

@Suite("Tables whose short cells a column cannot hold")
struct ShortCellCrowdingTests {
    /// Thai beside Khmer: the decisions table's dates, parties and statuses would wrap
    /// over three or four lines in half a page.
    @Test("In a parallel edition the table is set across the page, its statuses whole")
    func acrossThePage() throws {
        let yaml = try String(contentsOf: Repository.examples.appendingPathComponent("thai-khmer-border-trade.yaml"), encoding: .utf8)
        let document = try LayoutFixtures.parallel(yaml, languages: ("th", "km"))
        let statuses = document.pages.flatMap { page in
            page.frame.glyphRuns.filter { $0.text == "เห็นชอบ" }.map { ($0, page.textBlock) }
        }
        #expect(!statuses.isEmpty, "a Thai status is broken")
        for (run, block) in statuses {
            #expect(run.origin.x > block.x + block.width / 2, "the Thai table stays in its column")
        }
    }
}

@Suite("Columns of figures")
struct FigureColumnTests {
    @Test("Figures stand flush with the end of their column in left-to-right text; text columns stay at the start")
    func flushEnd() throws {
        let yaml = """
            briefing: 1
            id: figures
            languages: [en]
            title: Figures
            date: 2025-01-02
            sections:
              - title: Budget
                body:
                  - table:
                      columns: [Project, Amount]
                      rows:
                        - [Training of restorers, "1,200"]
                        - [Archives, "650"]
                        - [Total, "—"]
            """
        let document = try LayoutFixtures.layout(yaml, language: "en")
        let runs = document.pages[0].frame.glyphRuns
        let long = try #require(runs.first { $0.text == "1,200" })
        let short = try #require(runs.first { $0.text == "650" })
        #expect(short.origin.x > long.origin.x + 1, "the figures are not flush at the end")
        let training = try #require(runs.first { $0.text.hasPrefix("Training") })
        let archives = try #require(runs.first { $0.text.hasPrefix("Archives") })
        #expect(abs(training.origin.x - archives.origin.x) < 0.01)
    }
}
