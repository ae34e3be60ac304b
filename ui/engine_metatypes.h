#pragma once
// The engine's event structs as Qt meta types, so they travel through queued signals as the
// value types they are; no translation layer between the core and the GUI.

#include <vector>

#include <QMetaType>

#include "core/engine/event.h"

namespace rescue::ui {

// Consecutive log events of one delivery, oldest first. Every element holds a LogLine.
using LogBatch = std::vector<rescue::engine::Event>;

// Registers every type below with the meta-type system; idempotent.
void registerEngineMetaTypes();

}  // namespace rescue::ui

Q_DECLARE_METATYPE(rescue::engine::Event)
Q_DECLARE_METATYPE(rescue::engine::JobStarted)
Q_DECLARE_METATYPE(rescue::engine::LogLine)
Q_DECLARE_METATYPE(rescue::engine::Progress)
Q_DECLARE_METATYPE(rescue::engine::Prompt)
Q_DECLARE_METATYPE(rescue::engine::StateChange)
Q_DECLARE_METATYPE(rescue::engine::JobEnded)
Q_DECLARE_METATYPE(rescue::ui::LogBatch)
