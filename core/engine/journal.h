#pragma once
// The journal: every event an engine sees, one JSON object per line (see toJson(Event)),
// appended as it happens with one write(2) per line, so a crash or a pulled cable loses
// nothing that was already seen. Files live in userDataDir()/journals by default and are
// named journal-<UTC date-time>-<pid>-<engine>.<part>.jsonl; old ones rotate by count and
// a file is closed once it has grown past a size (the next line starts a new part).

#include <cstdint>
#include <filesystem>
#include <iosfwd>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/common/result.h"
#include "core/engine/event.h"

namespace rescue::engine {

struct JournalOptions {
    std::filesystem::path directory;     // empty: defaultJournalDirectory()
    std::size_t keepFiles = 20;          // newest N journal files kept in the directory (at least 1)
    std::uintmax_t maxBytes = 8u << 20;  // a file is closed once it has grown past this
};

// userDataDir()/journals (XDG_DATA_HOME honoured).
std::filesystem::path defaultJournalDirectory();
// The journal files in `directory`, oldest first.
std::vector<std::filesystem::path> listJournals(const std::filesystem::path& directory);

// Not copyable; append() may be called from any thread (it serialises itself).
class Journal {
public:
    // Creates the directory and a new file; prunes old files past keepFiles.
    static Result<std::unique_ptr<Journal>> open(JournalOptions options);
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    // Writes the event as one line and hands it to the kernel before returning.
    Status append(const Event& event);
    // The file being written (it changes when the journal rotates).
    std::filesystem::path path() const;

private:
    explicit Journal(JournalOptions options, std::string stem);
    Status openNextPart();
    void prune() const;

    JournalOptions m_options;
    std::string m_stem;  // "journal-20261121T100452Z-4242-0001"
    mutable std::mutex m_mutex;
    int m_fd = -1;
    int m_part = 0;
    std::uintmax_t m_size = 0;
    std::filesystem::path m_path;
};

struct JournalContents {
    std::vector<Event> events;  // every readable line, in file order
    // One error per unreadable line (code "journal.corrupt-line"; evidence: file, line
    // number and the start of the line); reading goes on after it.
    std::vector<Error> problems;
    std::size_t lines = 0;  // non-empty lines seen
};

// Reads a journal file. Fails only when the file cannot be read at all; a damaged line is
// reported in `problems` and the lines before and after it are kept.
Result<JournalContents> readJournal(const std::filesystem::path& path);
// The same from a stream already open (tests and the fuzzer read from memory); `path` only
// names the file in the problems' evidence.
JournalContents readJournal(std::istream& in, const std::filesystem::path& path);

}  // namespace rescue::engine
