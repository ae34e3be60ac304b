#include "ui/log_export.h"

#include <QCoreApplication>

#include "ui/log_model.h"

namespace rescue::ui {

namespace {

QLatin1String levelTag(engine::LogLevel level) {
    switch (level) {
        case engine::LogLevel::Debug:
            return QLatin1String("DEBUG");
        case engine::LogLevel::Info:
            return QLatin1String("INFO");
        case engine::LogLevel::Warning:
            return QLatin1String("WARN");
        case engine::LogLevel::Error:
            return QLatin1String("ERROR");
    }
    return QLatin1String("?");
}

QString writeError(const QIODevice& out) {
    return QCoreApplication::translate("LogExport", "The log could not be written: %1.")
        .arg(out.errorString());
}

template <class Format>
bool writeLines(const std::vector<int>& rows, QIODevice& out, QString* error, Format format) {
    if (!out.isOpen() || !out.isWritable()) {
        if (error)
            *error = QCoreApplication::translate("LogExport", "The export file is not open for writing.");
        return false;
    }
    // Written in chunks: one write per line costs a system call per line on a QFile.
    QByteArray chunk;
    constexpr qsizetype kChunkBytes = 1 << 16;
    for (int row : rows) {
        chunk += format(row);
        chunk += '\n';
        if (chunk.size() >= kChunkBytes) {
            if (out.write(chunk) != chunk.size()) {
                if (error)
                    *error = writeError(out);
                return false;
            }
            chunk.clear();
        }
    }
    if (!chunk.isEmpty() && out.write(chunk) != chunk.size()) {
        if (error)
            *error = writeError(out);
        return false;
    }
    return true;
}

}  // namespace

QString formatLogLineAsText(const LogModel& model, int sourceRow) {
    const LogStore& store = model.store();
    const auto row = static_cast<std::size_t>(sourceRow);
    const LogStore::Line& line = store.line(row);
    const std::string_view channel = store.channelName(line.channel);
    const std::string_view text = store.text(row);
    QString out = LogModel::formatTime(line.wallTimeNs, true);
    out += QLatin1String("  ");
    out += QString(levelTag(line.level)).leftJustified(5);
    out += QLatin1String("  ");
    out += QString::fromUtf8(channel.data(), static_cast<qsizetype>(channel.size())).leftJustified(8);
    out += QLatin1String("  ");
    out += QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
    if (line.hasFields) {
        const std::string_view fields = store.fieldsJson(row);
        out += QLatin1String("  ");
        out += QString::fromUtf8(fields.data(), static_cast<qsizetype>(fields.size()));
    }
    return out;
}

QByteArray formatLogLineAsJson(const LogModel& model, int sourceRow) {
    const std::string json = engine::toJsonLine(model.store().event(static_cast<std::size_t>(sourceRow)));
    return QByteArray(json.data(), static_cast<qsizetype>(json.size()));
}

bool writeLogAsText(const LogModel& model, const std::vector<int>& sourceRows, QIODevice& out,
                    QString* error) {
    return writeLines(sourceRows, out, error,
                      [&](int row) { return formatLogLineAsText(model, row).toUtf8(); });
}

bool writeLogAsJsonLines(const LogModel& model, const std::vector<int>& sourceRows, QIODevice& out,
                         QString* error) {
    return writeLines(sourceRows, out, error, [&](int row) { return formatLogLineAsJson(model, row); });
}

}  // namespace rescue::ui
