import BriefingFrame
import BriefingModel
import Foundation

/// How one series (or one pie slice) is drawn: fill, hatching, outline, line dash and marker.
struct SeriesLook {
    var fill: Color
    var hatch: Hatch?
    var outline: Color?
    /// Colour of the series' line and markers (line and area charts).
    var line: Color
    var dash: [Double]
    var marker: Marker
    /// The marker is drawn as an outline (every other series in print).
    var hollow = false

    static let outlineWidth = 0.4
    /// The luminance at which black and white text have the same contrast ratio on a fill.
    static let contrastTurn = 0.179

    /// Colour looks: the given colours, markers varying too (for readers who confuse hues).
    static func colored(_ colors: [Color]) -> [SeriesLook] {
        colors.enumerated().map { index, color in
            SeriesLook(fill: color, line: color, dash: [], marker: Marker.allCases[index % Marker.allCases.count])
        }
    }

    /// Print-safe looks: grey levels that stay apart on a photocopier, each with its own
    /// hatching, dash and marker: twelve distinct patterns (plain greys, hatching at four
    /// angles and two spacings, cross-hatching, white stripes on grey), repeating only after
    /// that, with another marker. Markers are the four shapes filled and hollow, filled and
    /// hollow taking turns and swapping on each round of shapes, so that eight series have
    /// eight different markers.
    static func printSafe(count: Int) -> [SeriesLook] {
        let dark = Color(grey: 0.15)
        let patterns: [(fill: Double, hatch: Hatch?, dash: [Double])] = [
            (0.3, nil, []),
            (0.88, Hatch(angle: -.pi / 4, color: dark), [5, 2]),
            (0.6, nil, [1.2, 1.6]),
            (1, Hatch(angle: 0, color: dark, crossed: true), [7, 2, 1.5, 2]),
            (0.8, Hatch(angle: .pi / 4, color: dark), [3, 3]),
            (1, Hatch(angle: .pi / 2, spacing: 2.5, color: dark), [9, 3]),
            (1, Hatch(angle: .pi / 4, color: dark, crossed: true), [2, 2]),
            (0.3, Hatch(angle: .pi / 4, spacing: 3.5, color: .white), [6, 2, 2, 2]),
            (1, Hatch(angle: -.pi / 4, spacing: 5.5, color: dark), [1.2, 3]),
            (0.6, Hatch(angle: 0, spacing: 3, color: .white), [10, 2, 1.5, 2, 1.5, 2]),
            (1, Hatch(angle: 0, spacing: 2.5, color: dark), [4, 1.5]),
            (0.88, Hatch(angle: .pi / 2, spacing: 5, color: dark, crossed: true), [8, 1.5, 3, 1.5]),
        ]
        return (0..<count).map { index in
            let pattern = patterns[index % patterns.count]
            return SeriesLook(fill: Color(grey: pattern.fill), hatch: pattern.hatch, outline: dark,
                              line: index % 2 == 0 ? dark : Color(grey: 0.4), dash: pattern.dash,
                              marker: Marker.allCases[(index + index / patterns.count) % Marker.allCases.count],
                              hollow: (index + index / Marker.allCases.count) % 2 == 1)
        }
    }

    /// Black or white, whichever reads better on this look's fill.
    var textColor: Color { fill.luminance < Self.contrastTurn ? .white : .black }
}

/// Point markers of line charts, one shape per series.
enum Marker: CaseIterable {
    case circle, square, triangle, diamond

    /// The marker centred on `center`, about `size` across.
    func path(at center: Point, size: Double) -> [PathElement] {
        let r = size / 2
        switch self {
        case .circle:
            return PathGeometry.circle(center: center, radius: r)
        case .square:
            return PathElement.rectangle(Rect(x: center.x - r * 0.9, y: center.y - r * 0.9, width: r * 1.8, height: r * 1.8))
        case .triangle:
            return [.move(Point(x: center.x, y: center.y - r * 1.15)), .line(Point(x: center.x + r * 1.1, y: center.y + r * 0.75)),
                    .line(Point(x: center.x - r * 1.1, y: center.y + r * 0.75)), .close]
        case .diamond:
            return [.move(Point(x: center.x, y: center.y - r * 1.2)), .line(Point(x: center.x + r * 1.2, y: center.y)),
                    .line(Point(x: center.x, y: center.y + r * 1.2)), .line(Point(x: center.x - r * 1.2, y: center.y)), .close]
        }
    }
}

extension Color {
    init(grey: Double) { self.init(red: grey, green: grey, blue: grey) }

    /// Relative luminance (sRGB), to pick a readable text colour on a fill.
    var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// This colour mixed with white: `amount` 0 is the colour, 1 is white.
    func lighter(_ amount: Double) -> Color {
        Color(red: red + (1 - red) * amount, green: green + (1 - green) * amount, blue: blue + (1 - blue) * amount)
    }
}
