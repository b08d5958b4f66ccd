import BriefingFrame
import BriefingModel
import Foundation

/// Category names under a horizontal category axis, set the way a designer would: straight
/// and wrapped when they fit their slots; else slanted at 45° or upright, cut short with an
/// ellipsis when too long; and only every n-th name when even upright names would touch.
struct CategoryLabels {
    /// Placements relative to the top of the label band.
    private(set) var placements: [PlacedLabel] = []
    /// Height of the label band.
    private(set) var height = 0.0
    /// Categories whose names are not shown (only every n-th is), and those cut short.
    private(set) var omitted: [Int] = []
    private(set) var shortened: [Int] = []

    /// Straight labels wrap to at most this many lines before they turn.
    static let maximumLines = 3
    /// cos 45°: the slant of turned labels.
    static let slant = 0.5.squareRoot()

    /// - Parameters:
    ///   - centres: x of each category's centre.
    ///   - pitch: distance between neighbouring centres.
    ///   - maxHeight: the tallest the band may be.
    ///   - skipStraight: ordered categories (years on a line chart) may show every n-th
    ///     straight name instead of turning them all.
    init(context: ChartContext, texts: [Text], centres: [Double], pitch: Double, maxHeight: Double, skipStraight: Bool) {
        guard !texts.isEmpty else { return }
        let gap = ChartContext.gap
        let slot = pitch - gap
        let wrapped = texts.map { context.label($0, width: max(slot, 1)) }
        if wrapped.allSatisfy({ $0.lines.count <= Self.maximumLines && $0.width <= slot + 0.01 && $0.widestWord <= slot + 0.01 }),
           place(straight: wrapped, every: 1, centres: centres, maxHeight: maxHeight, width: context.width) {
            return
        }
        let single = texts.map { context.label($0) }
        if skipStraight, let widest = single.map(\.width).max() {
            let every = Int(ceil((widest + gap) / pitch))
            if every <= max(1, texts.count / 2),
               place(straight: single, every: every, centres: centres, maxHeight: maxHeight, width: context.width) {
                return
            }
        }
        turn(single, texts: texts, context: context, centres: centres, pitch: pitch, maxHeight: maxHeight)
    }

    /// Sets every `every`-th label straight, centred under its category; fails if the band
    /// would be too tall or two labels would touch.
    private mutating func place(straight labels: [Label], every: Int, centres: [Double], maxHeight: Double, width: Double) -> Bool {
        let chosen = labels.indices.filter { $0 % every == 0 }
        let tallest = chosen.map { labels[$0].height }.max() ?? 0
        guard tallest <= maxHeight else { return false }
        var boxes: [Rect] = []
        for index in chosen {
            let label = labels[index]
            let x = min(max(0, centres[index] - label.width / 2), width - label.width)
            let box = Rect(x: x, y: 0, width: label.width, height: label.height)
            if let previous = boxes.last, previous.maxX + ChartContext.gap / 2 > box.x { return false }
            boxes.append(box)
        }
        omitted = labels.indices.filter { $0 % every != 0 }
        placements = zip(chosen, boxes).map { index, box in
            PlacedLabel(label: labels[index], pivot: Point(x: box.x, y: 0), offset: Point(x: 0, y: 0), rotation: 0,
                        alignment: .center, color: .black)
        }
        height = tallest
        return true
    }

    /// Turns the labels 45° (or 90° when the slots are too narrow for slanted lines to clear
    /// each other), with each label's end under its category. A name too long for the band
    /// wraps to two lines where neighbouring slots leave room for them, and is cut short only
    /// when it needs more; names cut short alike are cut again to read apart (see
    /// `LabelMaker.apart`).
    private mutating func turn(_ single: [Label], texts: [Text], context: ChartContext, centres: [Double],
                               pitch: Double, maxHeight: Double) {
        let thickness = single.map(\.height).max() ?? context.lineHeight
        let clearance = thickness + 1
        let slanted = pitch >= clearance / Self.slant
        let every = slanted ? 1 : max(1, Int(ceil(clearance / pitch)))
        // Across the labels' direction, each has this much room between its neighbours' middles.
        let across = slanted ? pitch * Self.slant : pitch
        let lines = every == 1 ? max(1, min(2, Int((across - 1) / context.lineHeight))) : 1
        omitted = texts.indices.filter { $0 % every != 0 }
        let chosen = texts.indices.filter { $0 % every == 0 }
        /// The longest a label of `lines` lines may be under category `index`: inside the
        /// band, and (slanted) inside the chart's start edge.
        func longest(_ index: Int, lines: Int) -> Double {
            let height = Double(lines) * thickness
            return slanted ? min(maxHeight / Self.slant - height, (centres[index] - Self.slant * height / 2) / Self.slant) : maxHeight
        }
        func fit(_ index: Int, cut: LabelMaker.Cut) -> Label {
            if single[index].width <= longest(index, lines: 1) { return single[index] }
            let resolved = context.resolve(texts[index])
            return context.maker.fitted(resolved.value, language: resolved.language, width: max(1, longest(index, lines: lines)),
                                        maxLines: lines, cut: cut)
        }
        let labels = LabelMaker.apart(chosen.map { fit($0, cut: .end) }, texts: chosen.map { context.resolve(texts[$0]).value }) {
            fit(chosen[$0], cut: $1)
        }
        for (index, label) in zip(chosen, labels) {
            if label.shortened { shortened.append(index) }
            let centre = centres[index], own = Double(label.lines.count) * thickness
            let pivot = slanted ? Point(x: centre - Self.slant * own / 2, y: 0) : Point(x: centre - own / 2, y: 0)
            placements.append(PlacedLabel(label: label, pivot: pivot, offset: Point(x: -label.width, y: 0),
                                          rotation: slanted ? -.pi / 4 : -.pi / 2, alignment: .end, color: .black))
            height = max(height, slanted ? Self.slant * (label.width + label.height) : label.width)
        }
    }

    /// Tells the author which names are left out or cut short.
    func report(_ texts: [Text], context: ChartContext) {
        context.warnings.leftOut("category label", omitted.map { context.quoted(texts[$0]) }, reason: "no room")
        context.warnings.shortened("category label", shortened.map { context.quoted(texts[$0]) })
    }

    /// Adds the labels to `canvas` with the top of the band at `top`.
    func place(into canvas: inout ChartCanvas, top: Double, color: Color) {
        for var placed in placements {
            placed.pivot.y += top
            placed.color = color
            canvas.place(placed)
        }
    }
}
