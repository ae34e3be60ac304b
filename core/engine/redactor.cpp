#include "core/engine/redactor.h"

#include <map>
#include <shared_mutex>
#include <vector>

#include <botan/mem_ops.h>

#include "core/engine/event.h"
#include "core/engine/secret_forms.h"

namespace rescue::engine {
namespace {

char asciiLower(char c) {
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

// Replaces `target` by `redacted`, wiping the old buffer first so the secret does not linger
// in freed heap memory.
void assignWiping(std::string& target, std::string redacted) {
    if (target == redacted)
        return;
    Botan::secure_scrub_memory(target.data(), target.size());
    target = std::move(redacted);
}

}  // namespace

struct Redactor::Impl {
    mutable std::shared_mutex mutex;
    std::map<Handle, std::vector<detail::SecretForm>> secrets;
    Handle nextHandle = 1;
    bool anyCaseForms = false;

    void refreshFlags() {
        anyCaseForms = false;
        for (const auto& [handle, forms] : secrets)
            for (const auto& f : forms)
                anyCaseForms = anyCaseForms || f.anyCase;
    }

    // Marks every byte covered by some form, then collapses each covered run into one mask,
    // so overlapping forms (the hex of one secret inside the base64 of another) cannot leave
    // pieces behind.
    std::string redactLocked(std::string_view text) const {
        if (secrets.empty() || text.empty())
            return std::string(text);
        std::string lower;
        if (anyCaseForms) {
            lower.assign(text);
            for (char& c : lower)
                c = asciiLower(c);
        }
        std::vector<bool> covered(text.size(), false);
        bool any = false;
        for (const auto& [handle, forms] : secrets) {
            for (const auto& form : forms) {
                std::string_view needle(form.text.data(), form.text.size());
                std::string_view haystack = form.anyCase ? std::string_view(lower) : text;
                for (auto at = haystack.find(needle); at != std::string_view::npos;
                     at = haystack.find(needle, at + 1)) {
                    std::fill(covered.begin() + std::ptrdiff_t(at),
                              covered.begin() + std::ptrdiff_t(at + needle.size()), true);
                    any = true;
                }
            }
        }
        Botan::secure_scrub_memory(lower.data(), lower.size());
        if (!any)
            return std::string(text);
        std::string out;
        out.reserve(text.size());
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (!covered[i]) {
                out.push_back(text[i]);
            } else if (i == 0 || !covered[i - 1]) {
                out.append(Mask);
            }
        }
        return out;
    }

    nlohmann::json redactJsonLocked(const nlohmann::json& value) const {
        if (value.is_string())
            return redactLocked(value.get_ref<const std::string&>());
        if (value.is_array()) {
            nlohmann::json out = nlohmann::json::array();
            for (const auto& item : value)
                out.push_back(redactJsonLocked(item));
            return out;
        }
        if (value.is_object()) {
            nlohmann::json out = nlohmann::json::object();
            for (const auto& [key, item] : value.items())
                out[redactLocked(key)] = namesSecret(key) ? nlohmann::json(Mask) : redactJsonLocked(item);
            return out;
        }
        return value;
    }

    void redactInPlace(std::string& text) const { assignWiping(text, redactLocked(text)); }
    void redactInPlace(nlohmann::json& value) const {
        if (value.is_null() || value.is_number() || value.is_boolean())
            return;
        value = redactJsonLocked(value);
    }
    void redactInPlace(Error& error) const {
        redactInPlace(error.code);
        redactInPlace(error.message);
        redactInPlace(error.hint);
        for (auto& e : error.evidence) {
            redactInPlace(e.name);
            redactInPlace(e.value);
        }
    }
};

Redactor::Redactor() : d(std::make_unique<Impl>()) {}
Redactor::~Redactor() = default;  // secure_vector wipes each form as it is freed

Redactor::Handle Redactor::add(ByteView secret) {
    if (secret.empty())
        return 0;
    auto forms = detail::secretForms(secret.data(), secret.size());
    std::unique_lock lock(d->mutex);
    Handle handle = d->nextHandle++;
    d->secrets.emplace(handle, std::move(forms));
    d->refreshFlags();
    return handle;
}

Redactor::Handle Redactor::add(std::string_view secret) {
    return add(ByteView(reinterpret_cast<const std::uint8_t*>(secret.data()), secret.size()));
}

bool Redactor::remove(Handle handle) {
    std::unique_lock lock(d->mutex);
    bool removed = d->secrets.erase(handle) > 0;
    d->refreshFlags();
    return removed;
}

void Redactor::clear() {
    std::unique_lock lock(d->mutex);
    d->secrets.clear();
    d->refreshFlags();
}

std::size_t Redactor::size() const {
    std::shared_lock lock(d->mutex);
    return d->secrets.size();
}

std::string Redactor::redact(std::string_view text) const {
    std::shared_lock lock(d->mutex);
    return d->redactLocked(text);
}

nlohmann::json Redactor::redactJson(const nlohmann::json& value) const {
    std::shared_lock lock(d->mutex);
    return d->redactJsonLocked(value);
}

void Redactor::redact(Event& event) const {
    std::shared_lock lock(d->mutex);
    const Impl& r = *d;
    struct Visit {
        const Impl& r;
        void operator()(JobStarted& p) const { r.redactInPlace(p.name); }
        void operator()(LogLine& p) const {
            r.redactInPlace(p.channel);
            r.redactInPlace(p.text);
            r.redactInPlace(p.fields);
        }
        void operator()(Progress& p) const { r.redactInPlace(p.step); }
        void operator()(Prompt& p) const {
            r.redactInPlace(p.kind);
            r.redactInPlace(p.title);
            r.redactInPlace(p.question);
            r.redactInPlace(p.defaultChoice);
            for (auto& c : p.choices) {
                r.redactInPlace(c.id);
                r.redactInPlace(c.label);
            }
            r.redactInPlace(p.details);
        }
        void operator()(StateChange& p) const {
            r.redactInPlace(p.subject);
            r.redactInPlace(p.state);
            r.redactInPlace(p.detail);
        }
        void operator()(JobEnded& p) const {
            r.redactInPlace(p.result);
            if (p.error)
                r.redactInPlace(*p.error);
        }
    };
    std::visit(Visit{r}, event.payload);
}

bool Redactor::namesSecret(std::string_view key) {
    std::string k;
    for (char c : key) {
        c = asciiLower(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            k.push_back(c);
    }
    // Where a secret is kept is not the secret: "private_key_file" stays readable.
    for (std::string_view suffix : {"path", "file", "filename", "dir"})
        if (k.size() > suffix.size() && k.ends_with(suffix))
            return false;
    for (std::string_view word : {"password", "passwd", "passphrase", "privatekey", "secret"})
        if (k.find(word) != std::string::npos)
            return true;
    return false;
}

}  // namespace rescue::engine
