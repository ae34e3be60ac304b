#include "ui/error_text.h"

#include "core/common/error_catalogue.h"
#include "ui/core_text.h"

namespace rescue::ui {
namespace {

QString qs(const std::string& s) {
    return QString::fromStdString(s);
}

// The catalogue's texts are views into string literals, so they end with a NUL.
QString translated(std::string_view text) {
    return coreText("ErrorCatalogue", text.data());
}

}  // namespace

ShownError shownError(const Error& error) {
    const ErrorCatalogueEntry* entry = findErrorEntry(error.code);
    if (entry) {
        const QString title = translated(entry->title);
        if (title != QLatin1String(entry->title.data()))
            return {title, qs(error.message), translated(entry->fix)};
    }
    return {qs(error.message), {}, qs(error.hint)};
}

QString shownErrorBody(const ShownError& shown) {
    return shown.detail.isEmpty() ? shown.headline : shown.headline + QLatin1Char(' ') + shown.detail;
}

QString shownErrorText(const Error& error) {
    const ShownError shown = shownError(error);
    QStringList parts{shown.headline};
    if (!shown.detail.isEmpty())
        parts << shown.detail;
    if (!shown.advice.isEmpty())
        parts << shown.advice;
    return parts.join(QLatin1Char(' '));
}

QString shownErrorHtml(const Error& error) {
    const ShownError shown = shownError(error);
    QString html = QStringLiteral("<b>%1</b>").arg(shown.headline.toHtmlEscaped());
    if (!shown.detail.isEmpty())
        html += QStringLiteral("<br/>%1").arg(shown.detail.toHtmlEscaped());
    if (!shown.advice.isEmpty())
        html += QStringLiteral("<br/><i>%1</i>").arg(shown.advice.toHtmlEscaped());
    return html;
}

}  // namespace rescue::ui
