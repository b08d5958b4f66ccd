import BriefingNative
import Foundation

/// Whether an image will draw, decided before anything is laid out, so that `check`
/// refuses what `render` would fail on, at the image's own line.
public enum ImageCheck {
    /// Images larger than this are refused: decoded, they would take over 100 MB each
    /// (an A4 page at 300 dpi is under 9 million pixels).
    public static let maximumPixels = 25_000_000

    /// Why the PNG image at `url`, `width` × `height` pixels by its header, cannot be
    /// drawn; nil when it decodes.
    public static func problem(with url: URL, width: Int, height: Int) -> String? {
        guard width * height <= maximumPixels else {
            return "is \(width) × \(height) pixels; an image may have at most \(maximumPixels / 1_000_000) million"
        }
        return PNGImage.problem(decoding: url).map { "is not a readable PNG image (\($0))" }
    }
}
