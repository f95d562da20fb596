#pragma once

#include <QString>

namespace hotline::domain {

// The outcome of checking what an operator typed: valid with a normalised form, or a message saying
// exactly what is wrong (translated through tr()).
struct Validation {
    bool valid = false;
    QString normalized;
    QString error;
};

// ИНН: 10 digits (organisation) or 12 digits (individual / ИП), with check digits.
Validation validateInn(const QString& input);
// ОГРН: 13 digits, first digit 1 or 5, check digit (first 12 mod 11) mod 10.
Validation validateOgrn(const QString& input);
// ОГРНИП: 15 digits, first digit 3, check digit (first 14 mod 13) mod 10.
Validation validateOgrnip(const QString& input);
// ОГРН or ОГРНИП by length (what the appeal form's single field accepts).
Validation validateOgrnAny(const QString& input);
// Russian phone numbers in the usual spellings, normalised to +7XXXXXXXXXX.
Validation validatePhone(const QString& input);
// E-mail address (Cyrillic domains allowed); normalised to a trimmed, lower-case domain.
Validation validateEmail(const QString& input);

} // namespace hotline::domain
