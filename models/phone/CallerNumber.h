#pragma once

#include <QString>

namespace hotline::phone {

// Who is calling, as far as the SIP signalling tells.
struct CallerNumber {
    // +7XXXXXXXXXX when the number is a Russian one (the project's phone validator normalised it); otherwise the
    // number as the softphone gave it (an international or internal number); empty when the caller hid it.
    QString number;
    bool russian = false;
};

// The caller's number from the peer's SIP URI (sip:+79161234567@pbx, sip:89161234567@pbx;user=phone,
// tel:+7-916-123-45-67), else from the display name when that is a number (some PBXs put it there).
// baresip 1.0 hands ctrl_tcp the From URI only; a PBX that sends the real number in P-Asserted-Identity is
// expected to copy it into From for the workstation.
CallerNumber callerNumberFrom(const QString& peerUri, const QString& displayName = {});

// For the operator's eyes: +7 916 123-45-67 (other numbers as they are).
QString displayPhone(const QString& number);

} // namespace hotline::phone
