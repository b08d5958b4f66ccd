import BriefingModel
import Yams

/// The keys of a style file and what each one sets; docs/styles.md describes the same
/// keys for people. Tables are computed properties because key paths are not `Sendable`.
enum StyleSchema {
    /// The smallest text area, in points each way, that margins must leave: below an inch
    /// nothing sensible fits, and a typo such as `inner: 680` is the likely cause.
    static let minimumTextExtent = 72.0

    /// The top level. `extends` is resolved by `StyleLoader` before the other keys.
    static var style: [String: Field<Style>] {
        [
            "extends": Field { _, _, _, _ in },
            "page": Field { style, node, path, reader in
                reader.read(node, into: &style.page, fields: page, at: path)
                check(style.page, at: node, &reader)
            },
            "fonts": fonts,
            "roles": roles,
            "colors": .group(\.colors, colors),
            "spacing": .group(\.spacing, spacing),
            "running": .group(\.running, running),
            "charts": .group(\.charts, charts),
            "digits": .perLanguage(\.digits, \.digitsByLanguage),
            "calendar": .perLanguage(\.calendar, \.calendarByLanguage),
        ]
    }

    static var charts: [String: Field<ChartStyle>] {
        ["height": .length(\.height), "print-safe": .bool(\.printSafe)]
    }

    static var page: [String: Field<PageStyle>] {
        [
            "paper": Field { page, node, path, reader in
                guard let name = reader.string(node, at: path, what: "`a4` or `letter`") else { return }
                guard let size = PageStyle.paper(name) else {
                    reader.error(node, "`\(path)` must be `a4` or `letter`, not `\(name)`")
                    return
                }
                (page.width, page.height) = size
            },
            // One length sets all four margins; a map sets some of them.
            "margins": Field { page, node, path, reader in
                guard case .scalar = node else {
                    reader.read(node, into: &page, fields: margins, at: path)
                    return
                }
                if let all = reader.length(node, at: path, .nonNegative) {
                    (page.marginTop, page.marginBottom, page.marginInner, page.marginOuter) = (all, all, all, all)
                }
            },
            "header-offset": .length(\.headerOffset),
            "footer-offset": .length(\.footerOffset),
        ]
    }

    static var margins: [String: Field<PageStyle>] {
        ["top": .length(\.marginTop), "bottom": .length(\.marginBottom),
         "inner": .length(\.marginInner), "outer": .length(\.marginOuter)]
    }

    static var colors: [String: Field<Palette>] {
        [
            "text": .color(\.text), "accent": .color(\.accent), "rule": .color(\.rule),
            "box-fill": .color(\.boxFill), "box-rule": .color(\.boxRule),
            "note": .color(\.noteColor), "warning": .color(\.warningColor), "decision": .color(\.decisionColor),
            "table-header-fill": .color(\.tableHeaderFill), "link": .color(\.link), "watermark": .color(\.watermark),
            "table-stripe": Field { palette, node, path, reader in
                if node.scalar?.string == "none" {
                    palette.tableStripe = nil
                } else if let color = reader.color(node, at: path) {
                    palette.tableStripe = color
                }
            },
            "charts": Field { palette, node, path, reader in
                guard case .sequence(let items) = node, !items.isEmpty else {
                    reader.error(node, "`\(path)` must be a list of at least one colour, not \(NodeReader.describe(node))")
                    return
                }
                let colors = items.enumerated().compactMap { index, item in reader.color(item, at: "\(path)[\(index)]") }
                if colors.count == items.count { palette.charts = colors }
            },
        ]
    }

    static var spacing: [String: Field<Spacing>] {
        [
            "block": .length(\.block), "indent": .length(\.indent), "box-padding": .length(\.boxPadding),
            "box-rule-width": .length(\.boxRuleWidth), "table-cell-padding": .length(\.tableCellPadding),
            "rule-width": .length(\.ruleWidth), "justify": .bool(\.justify), "hyphenate": .bool(\.hyphenate),
            "justify-without-spaces": .choice(\.justifyWithoutSpaces),
        ]
    }

    static var running: [String: Field<RunningContent>] {
        [
            "header-start": .template(\.headerStart), "header-end": .template(\.headerEnd),
            "footer-start": .template(\.footerStart), "footer-end": .template(\.footerEnd),
            "rules": .bool(\.rules), "on-first-page": .bool(\.onFirstPage),
        ]
    }

    /// Margins must leave room for text, and the running header and footer must sit inside
    /// them, or they would print over the text.
    private static func check(_ page: PageStyle, at node: Node, _ reader: inout NodeReader) {
        let width = page.width - page.marginInner - page.marginOuter
        let height = page.height - page.marginTop - page.marginBottom
        if min(width, height) < minimumTextExtent {
            reader.error(node, "the margins leave a text area of \(points(width)) × \(points(height)) pt",
                         hint: "it must be at least \(points(minimumTextExtent)) pt each way")
        }
        if page.headerOffset >= page.marginTop || page.footerOffset >= page.marginBottom {
            reader.warning(node, "the running header or footer is placed inside the text area",
                           hint: "keep `header-offset` below `margins.top` and `footer-offset` below `margins.bottom`")
        }
    }

    /// A length for messages, to a tenth of a point and without a trailing ".0".
    static func points(_ value: Double) -> String {
        let text = String((value * 10).rounded() / 10)
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
