import BriefingModel
import BriefingRender
import Foundation

/// What `briefing render` was asked to do, independent of how it was asked.
public struct RenderRequest: Sendable {
    /// Languages to render; nil for every language of the summary.
    public var languages: [String]?
    /// A style name or path that overrides the summary's `style`.
    public var style: String?
    public var outputDirectory: URL
    public var format: OutputFormat
    /// `a4` or `letter`; nil keeps the style's paper.
    public var paper: String?
    /// Every warning is an error: nothing is written for a language that has one.
    public var strict: Bool
    /// Pixels per inch of PNG pages.
    public var resolution: Double
    /// Two languages side by side in one document instead of one document per language.
    public var parallel: (String, String)?
    /// How many documents are laid out and drawn at once: one per core by default,
    /// since each language is independent work.
    public var jobs: Int

    public init(languages: [String]? = nil, style: String? = nil, outputDirectory: URL, format: OutputFormat = .pdf,
                paper: String? = nil, strict: Bool = false, resolution: Double = 150,
                parallel: (String, String)? = nil, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.languages = languages
        self.style = style
        self.outputDirectory = outputDirectory
        self.format = format
        self.paper = paper
        self.strict = strict
        self.resolution = resolution
        self.parallel = parallel
        self.jobs = max(1, jobs)
    }
}
