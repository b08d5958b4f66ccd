import BriefingModel
import Foundation

/// Month and year names in a language, through Foundation's date formats with the
/// language's locale, in the style's calendar for it (Gregorian unless it chooses
/// another) and with Latin digits.
struct DateNames {
    private let formatters: [String: DateFormatter]
    private let calendar: Calendar

    /// Templates: "MMM" (Dec), "MMMy" (Dec 2025), "y" (2025), "dMMM" (Dec 2), "dMMMy" (Dec 2, 2025).
    static let templates = ["MMM", "MMMy", "y", "dMMM", "dMMMy"]

    init(language: String, calendar printed: Calendar.Identifier = .gregorian) {
        var calendar = Calendar(identifier: .gregorian)
        let utc = TimeZone(identifier: "UTC") ?? TimeZone.current
        calendar.timeZone = utc
        self.calendar = calendar
        var shown = Calendar(identifier: printed)
        shown.timeZone = utc
        // "@numbers=latn": Latin digits, as the contract asks (the "-u-nu-latn" form makes
        // swift-corelibs-foundation's formatters trap).
        let locale = Locale(identifier: language + "@numbers=latn")
        var formatters: [String: DateFormatter] = [:]
        for template in Self.templates {
            let formatter = DateFormatter()
            formatter.locale = locale
            formatter.calendar = shown
            formatter.timeZone = utc
            formatter.setLocalizedDateFormatFromTemplate(template)
            // A month alone comes out in its stand-alone form ("Mär", "Feb"), its
            // neighbours on the axis in the format form ("März 2025", "Feb. 2025"):
            // one form for all keeps an axis consistent. Where the neighbours are
            // stand-alone too (Russian "апр. 2024 г."), so is the month ("июль", not "июля").
            if template == "MMM", DateFormatter.dateFormat(fromTemplate: "MMMy", options: 0, locale: locale)?
                .contains("L") == false {
                formatter.dateFormat = formatter.dateFormat.replacingOccurrences(of: "L", with: "M")
            }
            formatters[template] = formatter
        }
        self.formatters = formatters
    }

    func string(year: Int, month: Int, day: Int = 1, template: String) -> String {
        guard let formatter = formatters[template],
              let date = calendar.date(from: DateComponents(year: year, month: month, day: day))
        else { return "\(year)" }
        return formatter.string(from: date)
    }
}

/// Ticks of a date axis: every day, every other day or every Monday (a timeline of a week or
/// two, where a lone "Dec 2025" would say nothing), the first days of every month, quarter,
/// half-year, year, or of every 2, 5, 10… years, whichever is the finest whose labels do not
/// touch.
enum DateAxis {
    enum Unit {
        case days(Int)
        case months(Int)
        case years(Int)
    }

    static let units: [Unit] = [.days(1), .days(2), .days(7), .months(1), .months(3), .months(6)]
        + [1, 2, 5, 10, 20, 50, 100, 250, 500, 1000].map { .years($0) }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Hinnant's algorithm).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func dayNumber(_ day: Day) -> Int { dayNumber(year: day.year, month: day.month, day: day.day) }

    /// The first days of `unit` between two day numbers, as (day number, year, month), and
    /// the day of the month for day ticks (1 for the others).
    static func ticks(_ unit: Unit, from start: Double, to end: Double) -> [(day: Int, year: Int, month: Int, dayOfMonth: Int)] {
        var ticks: [(day: Int, year: Int, month: Int, dayOfMonth: Int)] = []
        let first = civil(Int(floor(start)))
        var year = first.year, month = first.month
        switch unit {
        case .days(let step):
            // Every `step`-th day from the epoch; weeks from a Monday (1970-01-01 was a Thursday).
            let offset = step == 7 ? 3 : 0
            var day = Int(ceil(start))
            while (day + offset) % step != 0 { day += 1 }
            while Double(day) <= end {
                let date = civil(day)
                ticks.append((day, date.year, date.month, date.day))
                day += step
            }
        case .months(let step):
            while (month - 1) % step != 0 { (year, month) = next(year, month) }
            while true {
                let day = dayNumber(year: year, month: month, day: 1)
                if Double(day) > end { break }
                if Double(day) >= start { ticks.append((day, year, month, 1)) }
                for _ in 0..<step { (year, month) = next(year, month) }
            }
        case .years(let step):
            year = Int((Double(year) / Double(step)).rounded(.down)) * step
            while true {
                let day = dayNumber(year: year, month: 1, day: 1)
                if Double(day) > end { break }
                if Double(day) >= start { ticks.append((day, year, 1, 1)) }
                year += step
            }
        }
        return ticks
    }

    private static func next(_ year: Int, _ month: Int) -> (Int, Int) {
        month == 12 ? (year + 1, 1) : (year, month + 1)
    }

    /// Year, month and day of a day number.
    private static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let month = mp < 10 ? mp + 3 : mp - 9
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
