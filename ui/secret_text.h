#pragma once
// Passphrases typed into the GUI: Qt keeps text in QString and QByteArray, which are freed
// without being wiped. These helpers move a typed secret into auth::SecretBytes and overwrite
// the Qt copies on the way, and say when a secret file is readable by others.

#include <optional>

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "core/auth/secret_bytes.h"

class QWidget;

namespace rescue::ui {

// Overwrites the characters in place when this is the buffer's only owner (a shared or
// static buffer is left alone: writing it would change someone else's text), then empties
// the string; its capacity is kept, so the overwritten memory is what gets freed later.
void wipe(QString& text);
void wipe(QByteArray& bytes);

// The UTF-8 bytes of `text` in locked memory; `text` and the UTF-8 copy are wiped.
auth::SecretBytes takeSecret(QString& text);

// A password-echo dialog for an encrypted key's passphrase; nothing when cancelled. The
// dialog's own copy is dropped before the returned text is wiped.
std::optional<auth::SecretBytes> askPassphrase(QWidget* parent, const QString& title, const QString& label);

// One line per secret file (a key, a password file) that others may read
// (auth.key-permissions), each file once; empty when all are private.
QStringList looseSecretFileWarnings(const QStringList& files);

}  // namespace rescue::ui
