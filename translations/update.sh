#!/bin/bash
# Brings the GUI's translation sources up to date with the code:
#   translations/update.sh [TS_FILE ...]     (default: every translations/rescue_*.ts)
# New strings arrive as "unfinished" for the translators, strings gone from the code are
# dropped. test_translations runs this on copies and fails when a committed .ts is behind.
# What is scanned: the GUI (ui/, the GUI's main), the error catalogue's titles and fixes, and
# the fixed texts the core marks with RESCUE_TR_NOOP (DA step names, identity labels, the
# wizard's check, step, plan and prompt titles), which the GUI shows in the user's language.
# The CLI stays English.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
lupdate=${LUPDATE:-$(command -v lupdate6 || command -v lupdate-qt6 || echo /usr/lib/qt6/bin/lupdate)}
if [ $# -eq 0 ]; then
    set -- "$here"/rescue_*.ts
fi
cd "$root"
exec "$lupdate" -silent -no-obsolete -locations relative -extensions cpp,h \
    -tr-function-alias QT_TRANSLATE_NOOP+=RESCUE_TR_NOOP -I "$root" \
    ui app/workbench_main.cpp core/common/error_catalogue.cpp core/auth/da_session.cpp \
    core/device/target_identity_report.cpp core/recovery/diagnosis.cpp core/recovery/recovery_plan.cpp \
    core/recovery/plan_steps.cpp core/recovery/prompts.cpp \
    -ts "$@"
