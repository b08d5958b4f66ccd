/// An sRGB colour, as written `"#RRGGBB"` in summaries and style files.
///
/// It lives in the model because delegations carry colours, and every later stage
/// (style, layout, render) passes the same value along unchanged.
public struct Color: Hashable, Sendable {
    public var red: Double
    public var green: Double
    public var blue: Double

    public init(red: Double, green: Double, blue: Double) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// Parses `#RRGGBB` (case-insensitive); returns nil for anything else.
    public init?(hex: String) {
        let digits = Array(hex.utf8)
        guard digits.count == 7, digits[0] == UInt8(ascii: "#") else { return nil }
        var components: [Double] = []
        for pair in stride(from: 1, to: 7, by: 2) {
            guard let value = UInt8(String(decoding: digits[pair..<pair + 2], as: UTF8.self), radix: 16)
            else { return nil }
            components.append(Double(value) / 255)
        }
        self.init(red: components[0], green: components[1], blue: components[2])
    }

    public static let black = Color(red: 0, green: 0, blue: 0)
    public static let white = Color(red: 1, green: 1, blue: 1)
}
