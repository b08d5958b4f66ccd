import BriefingFrame
import BriefingModel
import BriefingStyle
import BriefingText

/// A row of a table as the layout sees it: cells, or a group heading spanning the
/// whole width (the participants table groups people by delegation).
enum TableRow {
    /// A row's cells, and where the row is written (for warnings about its text).
    case cells([[TextSpan]], at: SourceLocation? = nil)
    case group([TextSpan])
}

/// Tables in the style of a careful typesetter: horizontal rules only, column widths
/// that follow the content, long cells wrapped, split between rows with the header
/// repeated on every page.
extension LayoutContext {
    func table(_ table: Table, location: SourceLocation) -> [Strip] {
        let header = table.columns.map { spans(resolve($0), role: .tableHeader) }
        let rows = table.rows.map { row in
            let cells = row.map { resolve($0) }
            return TableRow.cells(cells.map { spans($0.0, role: .tableCell) }, at: cells.first?.1)
        }
        return self.table(header: header, rows: rows, caption: table.caption.map(resolve), location: location)
    }

    /// Lays out a table whose columns share the width according to their content.
    func table(header: [[TextSpan]], rows: [TableRow], caption: String?, location: SourceLocation) -> [Strip] {
        let padding = style.spacing.tableCellPadding
        // Cells are narrow: a long word is hyphenated rather than cut between letters.
        // Headings are never hyphenated: they may take two lines, but whole words.
        let hyphenate = style.spacing.hyphenate
        let shapedHeader = header.map { shape($0, location: location, hyphenate: false) }
        let shapedRows: [[ShapedParagraph]?] = rows.map { row in
            if case .cells(let cells, let at) = row {
                return cells.map { shape($0, location: at ?? location, hyphenate: hyphenate) }
            }
            return nil
        }
        let (widths, crowded) = Self.columnWidths(header: shapedHeader, rows: shapedRows.compactMap { $0 },
                                                  padding: padding, available: width,
                                                  phraseCap: style.role(.tableCell).size * Self.phraseCapInEms,
                                                  shortCell: style.role(.tableCell).size * Self.shortCellInEms,
                                                  lineCount: cellLineCount)
        // Figures stand flush with the end of their column, units under units, in
        // left-to-right text; right-to-left text already puts them there.
        let bodyCells = shapedRows.compactMap { $0 }
        let alignments: [Alignment] = header.indices.map { column in
            let texts = bodyCells.compactMap { column < $0.count ? $0[column].text : nil }
            return !rightToLeft && Self.holdsFigures(texts) ? .end : .start
        }
        var offsets: [Double] = []
        var x = 0.0
        for columnWidth in widths {
            offsets.append(x)
            x += columnWidth
        }

        tableCount += 1
        let tableNumber = tableCount
        let rule = style.spacing.ruleWidth
        var headerStrip = row(shapedHeader, spans: header, role: .tableHeader, widths: widths, offsets: offsets,
                              alignments: alignments, fill: style.colors.tableHeaderFill, topRule: rule * 2,
                              bottomRule: rule * 1.5, location: location)[0]
        var strips: [Strip] = []
        if let caption {
            var captionLines = lines(spans(caption, role: .caption, bold: true), role: .caption, width: width,
                                     alignment: .start, location: location)
            if let last = captionLines.indices.last { captionLines[last].height += style.spacing.block * 0.5 }
            strips += captionLines.keptTogether()
            if !strips.isEmpty { strips[strips.count - 1].keepWithNext = true }
        }
        headerStrip.mark = .tableHeader(table: tableNumber)
        var headerCopy = headerStrip
        headerCopy.keepWithNext = true
        strips.append(headerCopy)
        let firstRow = strips.count
        for (index, rowKind) in rows.enumerated() {
            let last = index == rows.count - 1
            var pieces: [Strip]
            switch rowKind {
            case .cells(let cells, let at):
                pieces = row(shapedRows[index] ?? [], spans: cells, role: .tableCell, widths: widths, offsets: offsets,
                             alignments: alignments, fill: style.colors.tableStripe.flatMap { index % 2 == 1 ? $0 : nil },
                             topRule: 0, bottomRule: last ? rule * 2 : rule * 0.5, location: at ?? location,
                             fitting: pageContentHeight - headerStrip.height)
            case .group(let spans):
                var group = groupRow(spans, location: location, bottomRule: rule * 0.5)
                group.keepWithNext = true
                pieces = [group]
            }
            for var strip in pieces {
                strip.repeatHeader = [headerStrip]
                strip.mark = .tableRow(table: tableNumber, row: index)
                strips.append(strip)
            }
        }
        // The first row is not left alone under its header at the foot of a page, nor the
        // last row alone at the head of one, when that row is a scrap of a line or two: a
        // table of two or three such rows never splits. A row of three lines or more holds
        // its own, as three lines of a paragraph do, and a table of tall rows splits between
        // them rather than leave most of a page empty.
        if rows.count > 1 {
            let last = strips.count - 1
            if isScrap(strips[firstRow]) { strips[firstRow].keepWithNext = true }
            if isScrap(strips[last]) { strips[last - 1].keepWithNext = true }
        }
        if crowded {
            for index in strips.indices { strips[index].crowded = true }
        }
        return strips
    }

    /// Whether a column's cells are figures: each a number with its signs, separators,
    /// percent or currency sign, or a dash standing for none, and one at least a number.
    static func holdsFigures(_ texts: [String]) -> Bool {
        let marks = Set(".,'’%+-−–—()$€£¥₫฿₭៛₹ \u{00A0}\u{202F}\u{2009}")
        var figures = 0
        for text in texts {
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { continue }
            guard trimmed.allSatisfy({ $0.isNumber || marks.contains($0) }) else { return false }
            if trimmed.contains(where: \.isNumber) { figures += 1 }
        }
        return figures > 0
    }

    /// The longest Chinese or Japanese phrase a column keeps whole, in ems of cell text:
    /// most words, names and headings are shorter.
    static let phraseCapInEms = 4.0

    /// A cell no wider than this, in ems of cell text, stays on one line when the table
    /// can afford it: a date, a status, a short name ("1er septembre 2026", "31 December
    /// 2025", "En cours").
    static let shortCellInEms = 10.0

    /// Column widths that follow the body's content: a heading may wrap onto a second
    /// line (at its spaces) so that a short column of figures under a long heading
    /// does not take the width a column of text needs, unless everything fits anyway.
    /// Every column is first as wide as its longest word (in Chinese and Japanese, its
    /// longest short phrase: see `wordWidth`). `crowded` when that is wider than
    /// `available`, or when short cells (dates, statuses, names) cannot stay whole beside
    /// a fair measure for the rest: a parallel edition then sets the table across the page.
    static func columnWidths(header: [ShapedParagraph], rows: [[ShapedParagraph]], padding: Double,
                             available: Double, phraseCap: Double, shortCell: Double,
                             lineCount: (ShapedParagraph, Double) -> Int) -> (widths: [Double], crowded: Bool) {
        let count = header.count
        var minimum = header.map { $0.widestWord + 2 * padding }
        var words = header.map { wordWidth($0, cap: phraseCap) + 2 * padding }
        var body = [Double](repeating: 0, count: count)
        for cells in rows {
            for (column, cell) in cells.enumerated() where column < count {
                minimum[column] = max(minimum[column], cell.widestWord + 2 * padding)
                words[column] = max(words[column], wordWidth(cell, cap: phraseCap) + 2 * padding)
                body[column] = max(body[column], cell.naturalWidth + 2 * padding)
            }
        }
        var crowded = words.reduce(0, +) > available + 0.001
        // Phrases are kept whole when the table can afford it; else only what the script's
        // rules keep whole.
        if !crowded { minimum = words }
        // A column is short when every cell of it is (one long remark beside dashes is prose).
        let short = body.map { $0 <= shortCell + 2 * padding ? $0 : 0 }
        // Then short cells, whole, if that still leaves the other columns a fair measure
        // (a quarter of the table, or all their text needs): a wrapped date or status
        // looks broken where a longer text taking one more line does not, but prose
        // set a word or two to the line looks worse.
        let shortKept = minimum.indices.map { max(minimum[$0], short[$0]) }
        let fair = minimum.indices.map { short[$0] > 0 ? shortKept[$0] : max(minimum[$0], min(body[$0], available / 4)) }
        if fair.reduce(0, +) <= available + 0.001 {
            minimum = shortKept
        } else if short.contains(where: { $0 > 0 }) {
            // Dates, statuses and names would wrap: a parallel edition has the page's width.
            crowded = true
        }
        let whole = header.indices.map { max(body[$0], header[$0].naturalWidth + 2 * padding) }
        if whole.reduce(0, +) <= available {
            return (columnWidths(minimum: minimum, maximum: whole, available: available), crowded)
        }
        let maximum = header.indices.map { max(body[$0], minimum[$0]) }
        // A long annex shares the width in proportion to its columns' content: the search
        // for the shortest table grows with the cube of its rows.
        guard minimum.reduce(0, +) <= available + 0.001, rows.count <= Self.mostRowsShortened else {
            return (columnWidths(minimum: minimum, maximum: maximum, available: available), crowded)
        }
        let cells = ([header] + rows).map { cells in (0..<count).map { $0 < cells.count ? cells[$0] : nil } }
        return (shortestTable(cells: cells, minimum: minimum, maximum: maximum, padding: padding,
                              available: available, lineCount: lineCount), crowded)
    }

    /// How many lines a cell takes in a measure, broken as `row` will break it.
    private func cellLineCount(_ cell: ShapedParagraph, measure: Double) -> Int {
        text.raggedLineBreaker.breaks(in: Self.keepingPhrases(cell, within: measure), width: { _ in measure }).count + 1
    }

    /// A cell that takes no more lines than this at its column's narrowest is counted
    /// line by line as it will break: a name breaks only between its parts, so
    /// "レ・クアン・ヴィン" takes three lines where its width alone says two. Longer
    /// text is estimated from its width, which is near enough for prose and cheap.
    static let exactlyCountedLines = 4

    /// Tables larger than this estimate every cell's lines from its width: counting each
    /// exactly would take longer than the gain is worth.
    static let mostCellsCountedExactly = 400

    /// The most rows whose widths `shortestTable` chooses.
    static let mostRowsShortened = 80

    /// Widths that make the table as short as it can be. Every column starts at its
    /// longest word; then, again and again, the width goes to the widening that saves
    /// the most lines of the whole table per point spent: the one that lets a cell
    /// lose a line (a name back on one line, a paragraph of prose shorter) where that
    /// shortens its row, not a column of dates that would only wrap in rows that are
    /// tall anyway; then to cells that lose a line even where their row does not (a
    /// name made whole). Width no widening can use is shared in proportion to what
    /// columns still want.
    static func shortestTable(cells: [[ShapedParagraph?]], minimum: [Double], maximum: [Double], padding: Double,
                              available: Double, lineCount: (ShapedParagraph, Double) -> Int) -> [Double] {
        var widths = minimum
        var spare = available - minimum.reduce(0, +)
        let naturals = cells.map { $0.map { $0?.naturalWidth ?? 0 } }
        let exactly = cells.count * (cells.first?.count ?? 0) <= Self.mostCellsCountedExactly
        let exact = naturals.map { row in
            row.indices.map { exactly && row[$0] <= Double(exactlyCountedLines) * max(minimum[$0] - 2 * padding, 1) }
        }
        // For a cell counted exactly, the narrowest width (padding included) at which it
        // takes at most 1, 2, … lines, down to the lines it takes at its column's minimum:
        // found once, by a few trial breaks, and read for every width tried after.
        var stepCache = cells.map { $0.map { _ -> [Double]? in nil } }
        func steps(_ row: Int, _ column: Int) -> [Double] {
            if let known = stepCache[row][column] { return known }
            let natural = naturals[row][column]
            var result = [natural + 2 * padding]
            if let cell = cells[row][column] {
                func count(_ width: Double) -> Int {
                    natural <= width - 2 * padding ? 1 : lineCount(cell, width - 2 * padding)
                }
                let narrowest = minimum[column]
                let most = count(narrowest)
                if most > 1 {
                    for allowed in 2..<most {
                        // Narrower than a share of the text per line, it takes more lines
                        // (a little slack for the spaces that end lines).
                        var low = max(narrowest, natural / Double(allowed) * 0.9 + 2 * padding)
                        var high = result[result.count - 1]
                        while high - low > 0.05 {
                            let middle = (low + high) / 2
                            if count(middle) <= allowed { high = middle } else { low = middle }
                        }
                        result.append(high)
                    }
                    result.append(narrowest)
                }
            }
            stepCache[row][column] = result
            return result
        }
        func lines(_ row: Int, _ column: Int, _ width: Double) -> Int {
            let natural = naturals[row][column]
            guard natural > 0, cells[row][column] != nil else { return 1 }
            guard exact[row][column] else { return max(1, Int((natural / max(width - 2 * padding, 1) - 0.001).rounded(.up))) }
            let widths = steps(row, column)
            return (widths.firstIndex { width >= $0 - 1e-9 } ?? widths.count - 1) + 1
        }
        // The narrowest width at which a cell takes fewer lines than `count`.
        func target(_ row: Int, _ column: Int, losing count: Int) -> Double {
            let natural = naturals[row][column]
            guard exact[row][column] else { return (natural / Double(count - 1) + 2 * padding + 0.01).rounded(.up) }
            return steps(row, column)[count - 2]
        }
        // Lines saved in the table's height count first; then lines saved in cells whose
        // row does not get shorter (a name kept whole beside a long remark).
        // Headings (the first row) may wrap at no cost but their row's height.
        func height(_ widths: [Double]) -> Int {
            naturals.indices.reduce(0) { total, row in
                let counts = naturals[row].indices.map { lines(row, $0, widths[$0]) }
                return total + counts.max()! * 1000 + (row == 0 ? 0 : counts.reduce(0, +))
            }
        }
        var current = height(widths)
        while spare > 0.01 {
            var best: (column: Int, width: Double, height: Int, ratio: Double)?
            for column in widths.indices {
                // The widths at which a cell of this column loses a line.
                let targets = Set(naturals.indices.compactMap { row -> Double? in
                    let count = lines(row, column, widths[column])
                    return count > 1 ? target(row, column, losing: count) : nil
                })
                for target in targets where target - widths[column] <= spare {
                    var wider = widths
                    wider[column] = target
                    let tried = height(wider)
                    let ratio = Double(current - tried) / (target - widths[column])
                    if tried < current && ratio > (best?.ratio ?? 0) { best = (column, target, tried, ratio) }
                }
            }
            guard let best else { break }
            spare -= best.width - widths[best.column]
            widths[best.column] = best.width
            current = best.height
        }
        let wanted = widths.indices.map { max(0, maximum[$0] - widths[$0]) }
        let total = wanted.reduce(0, +)
        return widths.indices.map { widths[$0] + (total > 0 ? spare * wanted[$0] / total : spare / Double(widths.count)) }
    }

    /// Distributes the width the way a typesetter would: a column whose content is
    /// narrower than a fair share gets all it wants (so "En cours" never wraps), and
    /// the columns left share the rest, each at least as wide as its longest word,
    /// the spare width going to those that want it most.
    static func columnWidths(minimum: [Double], maximum: [Double], available: Double) -> [Double] {
        var widths = [Double](repeating: 0, count: minimum.count)
        var open = Set(minimum.indices)
        var remaining = available
        settle(&open, wanting: maximum, from: &remaining, into: &widths, leaving: 0)
        let columns = open.sorted()
        guard !columns.isEmpty else {
            // Everything fits: spread the spare width in proportion to the content.
            let total = maximum.reduce(0, +)
            return maximum.map { $0 + (available - total) * $0 / max(total, 1) }
        }
        let totalMinimum = columns.reduce(0) { $0 + minimum[$1] }
        if totalMinimum <= remaining {
            let totalWanted = columns.reduce(0) { $0 + maximum[$1] - minimum[$1] }
            for column in columns {
                let share = totalWanted > 0 ? (maximum[column] - minimum[column]) / totalWanted : 1 / Double(columns.count)
                widths[column] = minimum[column] + (remaining - totalMinimum) * share
            }
            return widths
        }
        // Some word is wider than its share: columns whose longest word fits a fair share
        // keep it whole, and the columns with longer words share what is left, breaking
        // inside those words rather than crushing their neighbours.
        var crowded = Set(columns)
        settle(&crowded, wanting: minimum, from: &remaining, into: &widths, leaving: 1)
        for column in crowded {
            widths[column] = remaining / Double(crowded.count)
        }
        return widths
    }

    /// Gives every open column that wants no more than a fair share of what remains
    /// exactly what it wants, until no such column is left (or only `leaving` are).
    private static func settle(_ open: inout Set<Int>, wanting wants: [Double], from remaining: inout Double,
                               into widths: inout [Double], leaving: Int) {
        var settled = true
        while settled && open.count > leaving {
            settled = false
            let fair = remaining / Double(open.count)
            for column in open.sorted() where wants[column] <= fair {
                widths[column] = wants[column]
                remaining -= wants[column]
                open.remove(column)
                settled = true
            }
        }
    }

    /// Whether a table row is shorter than three lines of cell text: too little to stand
    /// alone at the foot or head of a page.
    private func isScrap(_ row: Strip) -> Bool {
        row.height - 2 * style.spacing.tableCellPadding < style.role(.tableCell).leading * 3 - 0.01
    }

    /// A row of cells: one strip, or, when it is taller than `fitting` (what a page holds
    /// under the table's header), strips a sixth of that tall each, every cell going on
    /// in the next where the last left off: a page breaks such a row where it must
    /// instead of losing what runs past its foot.
    private func row(_ shaped: [ShapedParagraph], spans: [[TextSpan]], role: TextRole, widths: [Double],
                     offsets: [Double], alignments: [Alignment], fill: Color?, topRule: Double, bottomRule: Double,
                     location: SourceLocation, fitting: Double = .infinity) -> [Strip] {
        let padding = style.spacing.tableCellPadding
        var cells: [[Strip]] = []
        for (column, cell) in shaped.enumerated() where column < widths.count {
            guard let font = spans[column].first?.font else { continue }
            let measure = widths[column] - 2 * padding
            cells.append(lines(Self.keepingPhrases(cell, within: measure), font: font, role: role,
                               x: offsets[column] + padding, width: measure,
                               alignment: column < alignments.count ? alignments[column] : .start,
                               location: reportsCutTableCells ? location : nil))
        }
        let tallest = cells.map { $0.reduce(0) { $0 + $1.height } }.max() ?? 0
        let piece = tallest + 2 * padding > fitting ? max(fitting / 6, style.role(role).leading) : .infinity
        var pieces: [Strip] = []
        var next = [Int](repeating: 0, count: cells.count)
        repeat {
            var items: [FrameItem] = []
            var height = 0.0
            // The cells' padding above the first piece and below the last only: the pieces
            // of a row read as one.
            let top = pieces.isEmpty ? padding : 0
            for (column, lines) in cells.enumerated() {
                var y = top
                // At least a line, however tall, so that every piece moves on.
                while next[column] < lines.count && (y == top || y + lines[next[column]].height <= piece + top) {
                    items += lines[next[column]].items.map { $0.offset(by: Point(x: 0, y: y)) }
                    y += lines[next[column]].height
                    next[column] += 1
                }
                height = max(height, y)
            }
            let last = zip(next, cells).allSatisfy { $0 == $1.count }
            if last { height += padding }
            var background: [FrameItem] = []
            if let fill {
                background.append(.path(PathElement.rectangle(Rect(x: 0, y: 0, width: width, height: height)), Paint(fill: fill)))
            }
            if topRule > 0 && pieces.isEmpty {
                background.append(horizontalRule(at: 0, width: topRule))
            }
            if bottomRule > 0 && last {
                background.append(horizontalRule(at: height, width: bottomRule))
            }
            pieces.append(Strip(height: height, items: background + items))
            if last { break }
        } while true
        return pieces
    }

    private func groupRow(_ spans: [TextSpan], location: SourceLocation, bottomRule: Double) -> Strip {
        let padding = style.spacing.tableCellPadding
        let groupLines = lines(spans, role: .tableHeader, x: padding, width: width - 2 * padding,
                               alignment: .start, location: location)
        var items: [FrameItem] = []
        var y = padding * 1.5
        for line in groupLines {
            items += line.items.map { $0.offset(by: Point(x: 0, y: y)) }
            y += line.height
        }
        return Strip(height: y + padding * 0.5, items: items + [horizontalRule(at: y + padding * 0.5, width: bottomRule)])
    }

    func horizontalRule(at y: Double, width lineWidth: Double, from x: Double = 0, length: Double? = nil) -> FrameItem {
        .path([.move(Point(x: x, y: y)), .line(Point(x: x + (length ?? width), y: y))],
              Paint(stroke: style.colors.rule, lineWidth: lineWidth))
    }
}
