#pragma once

// Machine-readable error codes in {"error":{"code":...,"message":...}}. Clients branch on these,
// never on messages, which are for people and may change.
namespace buttcloud::ErrorCode {
inline constexpr const char *BadRequest = "bad_request";              // 400: malformed JSON, wrong shape
inline constexpr const char *PayloadTooLarge = "payload_too_large";   // 413
inline constexpr const char *ValidationFailed = "validation_failed";  // 422: a field is missing or invalid
inline constexpr const char *Unauthenticated = "unauthenticated";     // 401: no or bad token
inline constexpr const char *TokenExpired = "token_expired";          // 401: access token too old; refresh
inline constexpr const char *InvalidCredentials = "invalid_credentials"; // 401: wrong email or password
inline constexpr const char *InvalidRefreshToken = "invalid_refresh_token"; // 401: unknown, expired or reused
inline constexpr const char *Forbidden = "forbidden";                 // 403: role may not do this
inline constexpr const char *NotFound = "not_found";                  // 404
inline constexpr const char *MethodNotAllowed = "method_not_allowed"; // 405
inline constexpr const char *Conflict = "conflict";                   // 409: e.g. email taken, wrong state
inline constexpr const char *HostKeyMismatch = "host_key_mismatch";  // 422: an SSH host key nobody confirmed
inline constexpr const char *HubUnreachable = "hub_unreachable";      // 502: SSH to a hub failed
inline constexpr const char *EngineUnavailable = "engine_unavailable";// 503: Docker did not answer
inline constexpr const char *CardDeclined = "card_declined";          // 402: the payment provider refused the card
inline constexpr const char *PaymentUnavailable = "payment_unavailable"; // 503 (502: it answered nonsense)
inline constexpr const char *Internal = "internal";                   // 500
}
