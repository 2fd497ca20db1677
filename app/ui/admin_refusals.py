"""The English words of the refusals an administrator meets: sync packages and keys,
settings, the calendar and catalogue files, backups, the ledger and the bulletin.

Kept apart from :mod:`app.ui.refusal_words` (an officer's day at the window) so each
list stays short enough to read; :func:`app.ui.refusal_words.refusal_text` asks both.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def _officers() -> dict[str, str]:
    return {
        "password_short": translate("Refusals", "A password has at least {least} characters"),
        "role_unknown": translate("Refusals", "Role “{role}” is not valid: officer, supervisor or admin"),
        "username_form": translate("Refusals", "A user name has 2–32 letters, digits, Chinese characters or _ . -"),
        "username_taken": translate("Refusals", "The user name “{username}” is taken"),
        "add_officer_admin": translate("Refusals", "Only an administrator can add officers"),
        "no_such_officer": translate("Refusals", "There is no officer named “{username}”"),
        "officer_inactive": translate("Refusals", "Officer “{username}” is deactivated"),
        # one sentence for every failure, so a guesser learns nothing of which names exist
        "sign_in_failed": translate("Refusals", "Wrong user name or password, or the account is locked or "
                                                "deactivated ({attempts} wrong passwords in a row lock it for "
                                                "{minutes} minutes)"),
        "own_admin_role": translate("Refusals", "You cannot remove your own administrator role"),
        "supervisor_resets_officers": translate("Refusals", "A supervisor resets only window officers' passwords; "
                                                            "an administrator resets supervisors' and "
                                                            "administrators'"),
        "own_deactivate": translate("Refusals", "You cannot deactivate your own account"),
        "manage_officers_admin": translate("Refusals", "Only an administrator can manage officers"),
    }


def _text() -> dict[str, str]:
    return {
        "text_direction": translate("Refusals", "{label} contains a text-direction control character ({char}) that "
                                                "could make what is shown differ from what is stored: please type "
                                                "it again"),
        "text_newline": translate("Refusals", "{label} cannot contain a line break ({char}): please type it again"),
        "text_control": translate("Refusals", "{label} cannot contain a control character ({char}): please type it "
                                              "again"),
        "text_invisible": translate("Refusals", "{label} has only invisible characters: please type it again"),
        "text_too_long": translate("Refusals", "{label} is too long: {length} characters, at most {limit}"),
    }


def _workspace() -> dict[str, str]:
    return {
        "data_not_folder": translate("Refusals", "The data folder {folder} is not a folder: point --data-dir to a "
                                                 "folder"),
        "data_unusable": translate("Refusals", "Cannot use the data folder {folder}: {problem}"),
        "not_initialized": translate("Refusals", "The data folder {folder} is not set up yet: run init, or finish "
                                                 "the first-run setup in the desktop program"),
        "clock_set_back": translate("Refusals", "The computer's time ({now}) is earlier than the newest saved record "
                                                "({when}): the date may have been set back. Correct the computer's "
                                                "time first; if it is right (the earlier record's time was wrong), "
                                                "an administrator confirms it with admin confirm-clock. Until then "
                                                "no countdown is counted from a wrong “today”"),
        "date_ahead": translate("Refusals", "The date {day} is {days} days after the computer's date {computer}: "
                                            "work cannot be dated in the future. Check --today or the computer's "
                                            "time"),
        "clock_idle": translate("Refusals", "The computer's date {computer} is {days} days after this station's "
                                            "latest record ({last}): the computer's time may be wrong. Check it; "
                                            "if it is right, an administrator confirms it with admin "
                                            "confirm-clock before work goes on"),
        "confirm_clock_admin": translate("Refusals", "Only an administrator can confirm the computer's time"),
        "date_too_far": translate("Refusals", "The date {day} is too far ahead: deadlines are counted on from it, "
                                              "and the calendar only reaches {last}"),
    }


def _settings() -> dict[str, str]:
    return {
        "number_format_invalid": translate("Refusals", "The number format “{format}” is not valid: only {allowed} "
                                                       "may be used ({problem})"),
        "number_format_unknown": translate("Refusals", "The number format “{format}” is not valid: only {allowed} "
                                                       "may be used, not {{{field}}}"),
        "number_format_serial": translate("Refusals", "The number format must contain the serial {{serial}}, or "
                                                      "numbers would repeat"),
        "number_format_code": translate("Refusals", "The number format must contain the station code {{code}}, or "
                                                    "windows and stations would issue the same numbers"),
        "number_format_year": translate("Refusals", "The number format must contain the year {{year}}: the serial "
                                                    "starts again at 1 each year"),
        "number_format_empty": translate("Refusals", "The number format cannot be empty"),
        "station_code_invalid": translate("Refusals", "The station code “{code}” is not valid: 1–6 digits or "
                                                      "capital letters, such as 01, 02, A1; each window (station) "
                                                      "in a county needs its own"),
        "setting_unknown": translate("Refusals", "There is no setting {key}"),
        "setting_int": translate("Refusals", "{key} must be a whole number"),
        "setting_bool": translate("Refusals", "{key} must be yes or no"),
        "setting_str": translate("Refusals", "{key} must be text"),
        "setting_range": translate("Refusals", "{key} must be between {low} and {high} working days"),
        "centre_phone": translate("Refusals", "The centre's phone number is wrong: {check}"),
        "centre_name_empty": translate("Refusals", "The centre's name and short name cannot be empty"),
        "station_not_set_up": translate("Refusals", "This station is not set up yet: its code cannot be set"),
        "centre_name_missing": translate("Refusals", "Enter the service centre's name"),
        "window_name_missing": translate("Refusals", "Enter the window's name"),
    }


def _queries() -> dict[str, str]:
    return {
        "search_too_long": translate("Refusals", "The search is too long ({length} characters), at most {limit}"),
        "status_unknown": translate("Refusals", "Status “{status}” is not valid; choose one of: {known}"),
        "due_within_range": translate("Refusals", "The due range is 0–{high} working days"),
        "limit_range": translate("Refusals", "The row limit is 1–{high}"),
    }


def _keys() -> dict[str, str]:
    return {
        "signing_key_missing": translate("Refusals", "This station's signing key ({path}) is missing or does not "
                                                     "match its registered public key: packages cannot be signed. "
                                                     "Restore the keys folder from a backup, or call the county's "
                                                     "IT staff"),
        "key_file_unreadable": translate("Refusals", "Cannot read the public key file {path}: {problem}"),
        "key_file_bad": translate("Refusals", "{name}: {problem}"),
        "key_file_not_station": translate("Refusals", "{name} is not a station's public key exported by this "
                                                      "program (it names no station)"),
        "key_supervisor": translate("Refusals", "{key_action} is for a supervisor or an administrator"),
        "own_key": translate("Refusals", "This is this station's own public key: it needs no registering"),
        "other_key_registered": translate("Refusals", "Station {station} has another key registered (fingerprint "
                                                      "{fingerprint}); to replace it, run station revoke first, "
                                                      "then register the new one"),
        "revoke_own_key": translate("Refusals", "This station's own key cannot be revoked"),
        "no_such_station": translate("Refusals", "No station “{which}”: give the station's code or identifier"),
        "station_ambiguous": translate("Refusals", "“{which}” matches several stations: give the full station "
                                                   "identifier"),
        "county_key_unusable": translate("Refusals", "The county's decryption key {path} cannot be used: {problem}"),
        "county_key_admin": translate("Refusals", "Only an administrator can create the county's decryption key"),
    }


def _packages() -> dict[str, str]:
    return {
        "unknown_station": translate("Refusals", "The package comes from a station not registered as trusted, "
                                                 "“{name}” ({station}), whose key fingerprint is {fingerprint}. "
                                                 "Check the fingerprint with them by phone, then import trusting "
                                                 "the new key, or register their public key first"),
        "package_encrypted": translate("Refusals", "This package is encrypted: it is opened with the county "
                                                   "centre's private key"),
        "package_signature": translate("Refusals", "The package's signature is not valid: {problem}"),
        "package_member_list": translate("Refusals", "The package's manifest does not list all its files"),
        "package_member_changed": translate("Refusals", "{member} in the package does not match the checksum in "
                                                        "its manifest: the file was changed after signing, or is "
                                                        "damaged"),
        "package_public_changed": translate("Refusals", "The encrypted package's public header ({field}) differs "
                                                        "from its signed manifest: the file was tampered with"),
        "package_no_source": translate("Refusals", "The package's manifest does not say which station sent it"),
        "package_key_mismatch": translate("Refusals", "The package's signing key (fingerprint {fingerprint}) is not "
                                                      "the key registered for station “{name}” (fingerprint "
                                                      "{known}): it may be forged, and was refused"),
        "package_not_file": translate("Refusals", "{path} is not a file"),
        "package_too_big": translate("Refusals", "{name} is {megabytes} MB, over a package's limit: it is not a "
                                                 "package of this program"),
        "package_unreadable": translate("Refusals", "Cannot read {path}: {problem}"),
        "package_too_big_bytes": translate("Refusals", "The file is over a package's size limit: it is not a "
                                                       "package of this program"),
        "package_not_zip": translate("Refusals", "This is not a package of this program (the file is not a zip "
                                                 "file, or is damaged)"),
        "package_zip_damaged": translate("Refusals", "The package is damaged or incomplete (its zip directory "
                                                     "cannot be read): copying may have been cut short"),
        "package_bad_path": translate("Refusals", "The package holds a path that is not allowed, “{member}”, and "
                                                  "was refused"),
        "package_duplicate_member": translate("Refusals", "The package holds two files of the same name, and was "
                                                          "refused"),
        "package_members_wrong": translate("Refusals", "The package's files do not fit its format (some are missing "
                                                       "or extra): it is not a package of this program, or is "
                                                       "damaged"),
        "package_member_too_big": translate("Refusals", "{member} in the package is too large, and was refused"),
        "package_zip_bomb": translate("Refusals", "{member} in the package has an abnormal compression ratio (a "
                                                  "likely zip bomb), and was refused"),
        "package_member_size": translate("Refusals", "{member} in the package is not the size it declares, and was "
                                                     "refused"),
        "package_member_damaged": translate("Refusals", "{member} in the package is damaged and cannot be "
                                                        "unpacked"),
        "package_json": translate("Refusals", "The package's {what} is not valid JSON"),
        "package_json_shape": translate("Refusals", "The package's {what} is not in the expected form"),
        "package_format": translate("Refusals", "This is not a package of this program (its format mark does not "
                                                "match)"),
        "package_no_version": translate("Refusals", "The package does not state its format version"),
        "package_newer": translate("Refusals", "The package's format version {version} was made by approval-window "
                                               "{program}, newer than the version {supported} this program reads: "
                                               "upgrade this program first, then import"),
        "package_version_invalid": translate("Refusals", "The package's format version {version} is not valid"),
        # signatures and encryption
        "key_not_minisign": translate("Refusals", "Not a public key file in minisign form"),
        "key_incomplete": translate("Refusals", "The public key file is incomplete or not an Ed25519 key"),
        "signature_other_key": translate("Refusals", "The signature was made with key {key}, not the trusted key "
                                                     "{trusted}"),
        "signature_mismatch": translate("Refusals", "The signature does not match: the file was changed after "
                                                    "signing, or was not signed by that station"),
        "signature_form": translate("Refusals", "The signature file is not in the expected form (a minisign "
                                                "signature)"),
        "signature_incomplete": translate("Refusals", "The signature is incomplete or of another algorithm"),
        "signature_short": translate("Refusals", "The signature is incomplete"),
        "signature_comment_long": translate("Refusals", "The signature's trusted comment is too long"),
        "not_base64": translate("Refusals", "The {what} is not valid Base64 text"),
        "age_key_file": translate("Refusals", "Not an age private key file (it should hold one line "
                                              "AGE-SECRET-KEY-1…)"),
        "recipient_form": translate("Refusals", "Not the county centre's encryption public key (one line of text "
                                                "starting age1…)"),
        "recipient_invalid": translate("Refusals", "The encryption public key is not valid: ask the county centre "
                                                   "for its public key file again"),
        "no_recipient": translate("Refusals", "No encryption recipient was given"),
        "decrypt_failed": translate("Refusals", "Cannot decrypt: the file was not encrypted for this centre's key, "
                                                "or is damaged ({kind})"),
        "age_key_invalid": translate("Refusals", "The age private key is not valid"),
        # receipts
        "receipt_container": translate("Refusals", "The receipt file is not sound: {problem}"),
        "receipt_format": translate("Refusals", "This is not a receipt file of this program"),
        "receipt_version": translate("Refusals", "This program does not know the receipt's format version "
                                                 "{version}: upgrade this program first"),
        "receipt_no_receiver": translate("Refusals", "The receipt does not say which station issued it"),
        "receipt_signature": translate("Refusals", "The receipt's signature is not valid: {problem}"),
        "receipt_untrusted": translate("Refusals", "The receipt comes from a station not registered as trusted (or "
                                                   "revoked), “{name}” (key fingerprint {fingerprint}), and is not "
                                                   "accepted"),
        "receipt_key_mismatch": translate("Refusals", "The receipt's signing key (fingerprint {fingerprint}) is not "
                                                      "the key registered for station “{name}”: it may be forged, "
                                                      "and is not accepted"),
        "receipt_holdings": translate("Refusals", "The receipt's holdings are not in the expected form"),
        "receipt_other_station": translate("Refusals", "This receipt was issued to another station ({station}), "
                                                       "not this one"),
        # exporting
        "nothing_to_export": translate("Refusals", "Nothing new to send: the receiver has confirmed every event "
                                                   "held here"),
        "export_cancelled": translate("Refusals", "Export cancelled; no file was written"),
    }


def _imports() -> dict[str, str]:
    return {
        "import_batch_refused": translate("Refusals", "The package was not imported: {problem}"),
        "import_revoked": translate("Refusals", "The key of station “{name}” was revoked: its packages are no "
                                                "longer accepted"),
        "import_own": translate("Refusals", "This package was exported by this station itself: there is nothing to "
                                            "import"),
        "import_newer_schema": translate("Refusals", "The package was made by a program with data structure "
                                                     "version {revision} (approval-window {program}), newer than "
                                                     "this one: upgrade this program first, then import"),
        "import_seal_invalid": translate("Refusals", "The station seal attached to the package has an invalid "
                                                     "signature, and was refused"),
        "import_seal_other": translate("Refusals", "The seal attached to the package belongs to another station, "
                                                   "and was refused"),
        "import_seal_head": translate("Refusals", "The end of station {station}'s event chain in the package "
                                                  "differs from the sender's seal, and was refused"),
        "event_too_long": translate("Refusals", "Event {number} in the package is too long, and was refused"),
        "event_json": translate("Refusals", "Event {number} in the package is not valid JSON"),
        "manifest_event_count": translate("Refusals", "The number of events in the package's manifest does not "
                                                      "match its content"),
        "manifest_stations": translate("Refusals", "The stations in the package's manifest do not match its "
                                                   "events"),
        "chain_broken": translate("Refusals", "Station {station}'s event chain in the package breaks at number "
                                              "{seq}, and was refused"),
        "manifest_span": translate("Refusals", "The range of station {station}'s events in the package's manifest "
                                               "does not match its content"),
        "event_fields": translate("Refusals", "Event {number} in the package has the wrong fields"),
        "event_field_type": translate("Refusals", "Event {number} in the package has a {field} of the wrong type"),
        "event_format": translate("Refusals", "This program does not know the format version {version} of event "
                                              "{number} in the package: upgrade this program first"),
        "event_seq": translate("Refusals", "Event {number} in the package has an invalid sequence number"),
        "event_hash": translate("Refusals", "The checksum of event {number} in the package (station {station}, "
                                            "number {seq}) does not match: its content was changed"),
        "event_payload": translate("Refusals", "The content of event {number} in the package is not valid JSON"),
        "import_fork": translate("Refusals", "Event number {seq} of station {station} differs from the one held "
                                             "here (a forked chain: the station may have reused numbers after a "
                                             "restore from backup); the whole package was not imported, contact "
                                             "that station"),
        "event_elsewhere": translate("Refusals", "Event {event} is held here as number {seq} of station {station}, "
                                                 "but the package puts it elsewhere (a fork); the whole package "
                                                 "was not imported"),
        "refs_json": translate("Refusals", "The package's reference data is not valid JSON"),
        "refs_shape": translate("Refusals", "The package's reference data is not in the expected form"),
        "signer_key_differs": translate("Refusals", "The package's signing key differs from the public key in its "
                                                    "station details, and was refused"),
        "no_pending_package": translate("Refusals", "No package {name} is held aside"),
        # a batch of another station's events that cannot join what is held here
        "batch_event_twice": translate("Refusals", "Event {event} appears twice in this batch with different "
                                                   "content; the whole batch was not imported"),
        "batch_unknown_station": translate("Refusals", "Events come from an unregistered station {station}; the "
                                                       "station's details must come with them"),
        "batch_own_events": translate("Refusals", "The batch holds events of this station that it has not written "
                                                  "(a station's events are written only by that station); nothing "
                                                  "was changed"),
        "batch_officer_station": translate("Refusals", "Officer “{officer}” names no station; the whole batch was "
                                                       "not imported"),
        "batch_fork": translate("Refusals", "Event number {seq} of station {station} differs from the one held here "
                                            "(a forked chain); the whole batch was not imported"),
        "batch_gap": translate("Refusals", "Event number {seq} of station {station} is missing: import the earlier "
                                           "events first; the whole batch was not imported"),
        "batch_chain": translate("Refusals", "Event number {seq} of station {station} does not follow on from the "
                                             "chain held here (a fork); the whole batch was not imported"),
        "batch_same_number": translate("Refusals", "Case number {number} is already used by another case: two "
                                                   "stations have the same station code. Give one of them a code "
                                                   "unique in the county in its settings; the whole batch was not "
                                                   "imported"),
    }


def _calendar() -> dict[str, str]:
    return {
        "date_form": translate("Refusals", "“{text}” is not a valid date: YYYY-MM-DD"),
        "calendar_span": translate("Refusals", "The date {day} is outside the calendar ({first}–{last})"),
        "workdays_negative": translate("Refusals", "The number of working days cannot be negative"),
        "calendar_result_span": translate("Refusals", "The result is beyond the calendar (after {last})"),
        "year_not_in_calendar": translate("Refusals", "{year} is not in the calendar (it has: {years})"),
        "calendar_file_big": translate("Refusals", "The file is too large ({size} bytes): one year's holiday "
                                                   "schedule is at most {limit} KB"),
        "calendar_file_too_big": translate("Refusals", "The file {file} is too large: one year's holiday schedule "
                                                       "is at most {limit} KB"),
        "calendar_json": translate("Refusals", "The file is not valid JSON: {problem}"),
        "calendar_nested": translate("Refusals", "The file is not a valid holiday schedule: it is nested too "
                                                 "deeply"),
        "calendar_not_object": translate("Refusals", "The file should hold one object, such as {hint}"),
        "calendar_year": translate("Refusals", "year should be a whole year from {first} to {last}; it is "
                                               "“{year}”"),
        "calendar_no_source": translate("Refusals", "source is missing (the number or title of the State Council "
                                                    "General Office's notice)"),
        "calendar_unknown_fields": translate("Refusals", "Unknown fields: {names}"),
        "calendar_section_list": translate("Refusals", "{section} should be a list, each entry like "
                                                       "{{\"name\": …, \"dates\": […]}}"),
        "calendar_entry_object": translate("Refusals", "{section} entry {index} should be an object with name and "
                                                       "dates"),
        "calendar_entry_name": translate("Refusals", "{section} entry {index} has no name"),
        "calendar_dates_list": translate("Refusals", "In {section} entry {index} ({entry}), dates should be a list "
                                                     "of dates"),
        "calendar_date_form": translate("Refusals", "In {section} entry {index} ({entry}), the date “{value}” is "
                                                    "not in the form YYYY-MM-DD"),
        "calendar_no_holidays": translate("Refusals", "holidays is empty: a year has at least its public "
                                                      "holidays"),
        "calendar_many_holidays": translate("Refusals", "{count} days off in all, beyond what is plausible (public "
                                                        "holidays with their swapped days are at most {limit} a "
                                                        "year)"),
        "calendar_many_workdays": translate("Refusals", "{count} swapped working days in all, beyond what is "
                                                        "plausible (at most {limit} a year)"),
        "holiday_other_year": translate("Refusals", "The day off {day} ({entry}) is not in {year}"),
        "holiday_twice": translate("Refusals", "The day off {day} appears twice ({names})"),
        "workday_other_year": translate("Refusals", "The swapped working day {day} ({entry}) is not in {year}"),
        "workday_weekday": translate("Refusals", "The swapped working day {day} ({entry}) is a weekday: it is a "
                                                 "working day anyway"),
        "holiday_and_workday": translate("Refusals", "{day} is both a day off ({holiday}) and a swapped working day "
                                                     "({entry})"),
        "workday_twice": translate("Refusals", "The swapped working day {day} appears twice"),
        "file_not_found": translate("Refusals", "File not found: {file}"),
        "file_unreadable": translate("Refusals", "Cannot read the file {file}: {problem}"),
        "stored_calendar_damaged": translate("Refusals", "The calendar file {file} in the data folder is damaged "
                                                         "({problems}): import that year again"),
        "calendar_import_admin": translate("Refusals", "Only an administrator can import a holiday schedule"),
    }


def _outputs() -> dict[str, str]:
    return {
        "output_path_unusable": translate("Refusals", "Cannot use the output path {path}: {problem}"),
        "output_in_data": translate("Refusals", "Cannot write inside the data folder {folder} ({path}): the "
                                                "database and its backups are kept there. Choose another folder"),
        "output_is_folder": translate("Refusals", "{path} is a folder: give a file name"),
        "output_write_failed": translate("Refusals", "Cannot write {path}: {problem}"),
        "output_folder_unusable": translate("Refusals", "Cannot use the output folder {path}: {problem}"),
        "output_folder_read_only": translate("Refusals", "The output folder {path} cannot be written to"),
    }


def _backups() -> dict[str, str]:
    return {
        "backup_no_database": translate("Refusals", "There is no database to back up: {path}"),
        "backup_damaged": translate("Refusals", "The database file is damaged, so no backup was made (a damaged copy "
                                                "would push out sound older ones): {problems}. Restore from a sound "
                                                "backup"),
        "backup_disk_full": translate("Refusals", "The disk is full: no backup was made, and the existing backups "
                                                  "are untouched. Free some space and try again"),
        "backup_database_damaged": translate("Refusals", "The database file is damaged: no backup was made, and the "
                                                         "existing backups are untouched. Restore from a sound "
                                                         "backup"),
        "backup_failed": translate("Refusals", "The backup failed ({problem}); the existing backups are untouched"),
        "backup_write_failed": translate("Refusals", "Cannot write the backup ({problem}); the existing backups are "
                                                     "untouched"),
        "not_a_database": translate("Refusals", "Not a valid database: {problem}"),
        "restore_refused": translate("Refusals", "The backup cannot be restored; nothing was changed: {problems}"),
        "restore_refused_head": translate("Refusals", "The backup cannot be restored; nothing was changed"),
        "backup_not_found": translate("Refusals", "Backup file not found: {path}"),
        "backup_empty": translate("Refusals", "The backup file is empty (0 bytes)"),
        "backup_header": translate("Refusals", "Not a valid database backup (its header does not match)"),
        "backup_file_damaged": translate("Refusals", "The backup file is damaged: {problems}"),
        "backup_not_ours": translate("Refusals", "The file has no table of case events: it is not a backup of this "
                                                 "program"),
        "backup_tables_missing": translate("Refusals", "The backup lacks the tables {names}"),
        "backup_newer": translate("Refusals", "The backup was made by a newer version of the program (data structure "
                                              "{revision}), which this one cannot use. Upgrade the program, then "
                                              "restore"),
        "backup_chain": translate("Refusals", "The event chain is broken at event {seq}: {problem}"),
        "rebuild_admin_only": translate("Refusals", "Only an administrator can rebuild the case table"),
        "chain_missing": translate("Refusals", "event {events} is missing (deleted)"),
        "chain_link": translate("Refusals", "its link to the event before does not match (an event deleted, replaced "
                                            "or moved)"),
        "chain_hash": translate("Refusals", "its content was changed (the hash does not match)"),
        "chain_order": translate("Refusals", "its time is earlier than the event before (the order was changed)"),
        "chain_head_missing": translate("Refusals", "the record of the chain's end is missing (deleted): the newest "
                                                    "events cannot be confirmed whole"),
        "chain_all_missing": translate("Refusals", "every event is missing (the event record was emptied)"),
        "chain_newest_missing": translate("Refusals", "event {events} is missing (the newest events were deleted)"),
        "chain_appended": translate("Refusals", "event {events} lies after the recorded end of the chain (added "
                                                "outside the program)"),
        "chain_head_replaced": translate("Refusals", "the record of the chain's end does not match the last event "
                                                     "(an event was replaced)"),
        "backup_no_station": translate("Refusals", "The backup holds no record of its station"),
        "backup_no_admin": translate("Refusals", "The backup has no usable administrator account: after restoring, "
                                                 "nobody could administer it"),
        "backup_unreadable": translate("Refusals", "Cannot read the backup's content: {problem}"),
        "restore_admin": translate("Refusals", "Only an administrator can restore from a backup"),
        "restore_same_file": translate("Refusals", "The chosen file is the current database"),
        "restore_unfinished": translate("Refusals", "The restore did not finish: {problem}. The previous database "
                                                    "was kept as {kept}"),
    }


def _database() -> dict[str, str]:
    return {
        "not_saved": translate("Refusals", "{problem} (nothing of this action was saved)"),
        "database_empty": translate("Refusals", "The database file is empty (0 bytes): {path}. Run init to set up "
                                                "this station first, or restore from a backup with admin restore"),
        "database_missing": translate("Refusals", "There is no database in the data folder: {path}. Run init to "
                                                  "set up this station first, or restore from a backup with admin "
                                                  "restore"),
        "database_header": translate("Refusals", "{path} is not a database file of this program (its header does not "
                                                 "match) and may be damaged. Restore from a backup"),
        "database_newer": translate("Refusals", "The database was made by a newer version of the program (data "
                                                "structure {revision}), which this one cannot open. Upgrade the "
                                                "program and try again; nothing was changed"),
        "database_damaged_open": translate("Refusals", "The database file is damaged and cannot be opened: {path} "
                                                       "({problem}). Restore from a backup"),
        "migration_failed": translate("Refusals", "Upgrading the data structure ({current} → {head}) failed: "
                                                  "{problem}. The copy made before the upgrade was put back, so the "
                                                  "data are as before (backup: {saved}). Keep using the older "
                                                  "version of the program and contact the county's IT staff"),
        "migration_restore_failed": translate("Refusals", "Upgrading the data structure ({current} → {head}) failed: "
                                                          "{problem}. Putting back the copy made before the upgrade "
                                                          "failed too ({error}); do not open the program again: copy "
                                                          "the backup file {saved} back to {path} and contact the "
                                                          "county's IT staff"),
        "migrated_revision": translate("Refusals", "After the upgrade the data structure is {revision}, not {head}"),
        "migrated_counts": translate("Refusals", "After the upgrade there are {cases} cases and {events} events; "
                                                 "before it there were {cases_before} and {events_before}"),
        "write_conflict": translate("Refusals", "Two actions on the database {database} clashed, and this one was "
                                                "undone. Try again; saved data are untouched"),
        "database_busy": translate("Refusals", "The database is busy (another window or an import is writing): "
                                               "{database}. Saved data are untouched; wait a moment and try again"),
        "disk_full": translate("Refusals", "The disk is full: the database cannot be written. Free some space and "
                                           "try again; saved data are untouched"),
        "database_read_only": translate("Refusals", "The database file is read-only: {database}. Check the write "
                                                    "permission of the file and its folder (or a USB stick's write "
                                                    "protection) and try again"),
        "database_damaged": translate("Refusals", "The database file is damaged or cannot be read: {database}. "
                                                  "Restore from a backup (admin restore)"),
        "database_unopenable": translate("Refusals", "Cannot open the database {database}: the file or its folder "
                                                     "cannot be reached (read-only or no permission)"),
        "database_io": translate("Refusals", "A disk error while reading or writing the database {database}. Check "
                                             "the disk and try again; saved data are untouched"),
        "database_unusable": translate("Refusals", "Cannot use the database {database}: {problem}"),
        "server_login": translate("Refusals", "The database server {database} refused the sign-in: wrong user name "
                                              "or password (the password is kept in ~/.pgpass or the file PGPASSFILE "
                                              "names)"),
        "server_no_database": translate("Refusals", "The database server has no such database: {database}. The "
                                                    "database administrator creates it first (docs/hub.md)"),
        "server_unreachable": translate("Refusals", "Cannot reach the database server {database}: {problem}. Check "
                                                    "that the server is running, the network, and the user name and "
                                                    "password in ~/.pgpass; saved data are untouched"),
        "server_replica": translate("Refusals", "The database {database} is a read-only replica, for queries and "
                                                "bulletins only; connect to the primary to work or import "
                                                "(docs/hub.md)"),
        "server_no_write": translate("Refusals", "The database user may not write to {database}: {problem}"),
        "server_database_empty": translate("Refusals", "The database {database} holds no data of this program yet: "
                                                       "run init --database … to set up the hub first"),
        "server_migration_failed": translate("Refusals", "Upgrading the data structure ({current} → {head}) failed: "
                                                         "{problem}. The upgrade ran in one transaction and was "
                                                         "undone whole, so the data are as before. Contact the "
                                                         "county's IT staff"),
        "backup_on_server": translate("Refusals", "This station's database is on a PostgreSQL server ({where}): it "
                                                  "is backed up and restored with the server's pg_dump / pg_restore, "
                                                  "not by this program; e.g. pg_dump -Fc -f hub-$(date +%F).dump "
                                                  "{db}, restored with pg_restore -d {db} --clean FILE (see "
                                                  "docs/hub.md)"),
        "database_url_unknown": translate("Refusals", "The database address “{url}” is not understood: it should be "
                                                      "postgresql+psycopg://user@host/database"),
        "database_url_unsupported": translate("Refusals", "The database address “{url}” is not supported: only "
                                                          "PostgreSQL (postgresql+psycopg://user@host/database); "
                                                          "without one, the SQLite file in the data folder is used"),
        "database_url_no_name": translate("Refusals", "The database address “{url}” names no database "
                                                      "(…/database)"),
    }


def _reports() -> dict[str, str]:
    return {
        "period_reversed": translate("Refusals", "The start date {first} is after the end date {last}"),
        "period_too_long": translate("Refusals", "One export covers at most five years: export it in parts"),
        "ledger_suffix": translate("Refusals", "A ledger file ends in .xlsx: {name}"),
        "report_suffix": translate("Refusals", "A report file ends in .pdf: {name}"),
        "folder_missing": translate("Refusals", "The folder does not exist: {folder}"),
        "ledger_cancelled": translate("Refusals", "Export cancelled; no file was written"),
        "cannot_write_file": translate("Refusals", "Cannot write the file {path}: {problem}"),
        "bulletin_future": translate("Refusals", "The date {day} is after today ({today}): there is nothing to "
                                                 "report yet"),
        "bulletin_suffix": translate("Refusals", "A bulletin file ends in .pdf or .xlsx: {name}"),
    }


def _letters() -> dict[str, str]:
    return {
        "letter_kind_unknown": translate("Refusals", "Unknown kind of letter “{text}”; choose one of: {choices}"),
        "letter_field_empty": translate("Refusals", "{letter_field} cannot be empty"),
        "letter_field_text": translate("Refusals", "{letter_field} must be text"),
        "letter_field_date": translate("Refusals", "{letter_field} must be a date"),
        "letter_days_positive": translate("Refusals", "{letter_field} must be a positive whole number"),
        "letter_days_not_negative": translate("Refusals", "{letter_field} must be a whole number, not negative"),
        "letter_applicant_kind": translate("Refusals", "The applicant kind “{kind}” is not valid: person or "
                                                       "enterprise"),
        "letter_material_form": translate("Refusals", "The form “{form}” of material “{name}” is not valid"),
        "letter_copies": translate("Refusals", "The number of copies of material “{name}” must be a positive whole "
                                               "number"),
        "letter_requirement_text": translate("Refusals", "The requirement of material “{name}” must be text"),
        "letter_kind_invalid": translate("Refusals", "Not a kind of letter: {kind}"),
        "letter_case_number": translate("Refusals", "The case number cannot contain a vertical bar or a line break"),
        "letter_received_after": translate("Refusals", "The date received cannot be after the letter's date"),
        "letter_unit": translate("Refusals", "The supply period's unit “{unit}” is not valid: working or natural"),
        "letter_supply_before": translate("Refusals", "The supply deadline cannot be before the letter's date"),
        "letter_supply_pair": translate("Refusals", "The supply deadline's date and days are given together"),
        "letter_completion_pair": translate("Refusals", "The promised completion date and time limit are given "
                                                        "together"),
        "letter_reprint_date": translate("Refusals", "Only a reprinted letter has an original printing date"),
        "letter_deemed_kind": translate("Refusals", "Only the acceptance notice states the date the case counts as "
                                                    "accepted by law"),
        "letter_deemed_date": translate("Refusals", "The date the case counts as accepted by law is the day the "
                                                    "materials were received"),
        "letter_needs_missing": translate("Refusals", "The {kind} must list at least one missing material"),
        "letter_needs_supply": translate("Refusals", "The {kind} must state the supply deadline"),
        "letter_needs_completion": translate("Refusals", "The {kind} must state the promised completion date"),
        "letter_needs_reason": translate("Refusals", "The {kind} must state the reason"),
        "letter_needs_extension": translate("Refusals", "The {kind} must state the days of the extension and who "
                                                        "approved it"),
        "letter_serial": translate("Refusals", "A letter's serial number is a positive whole number"),
    }


def _letter_fields() -> dict[str, str]:
    return {
        "便民服务中心名称": translate("Refusals", "The service centre's name"),
        "文号中的单位简称": translate("Refusals", "The short name in document numbers"),
        "办理地址": translate("Refusals", "The address"),
        "联系电话": translate("Refusals", "The phone number"),
        "落款单位名称": translate("Refusals", "The name under the seal"),
        "窗口名称": translate("Refusals", "The window's name"),
        "办公时间": translate("Refusals", "The opening hours"),
        "申请人名称": translate("Refusals", "The applicant's name"),
        "申请人证件号码": translate("Refusals", "The applicant's ID number"),
        "法定代表人": translate("Refusals", "The legal representative"),
        "申请人联系电话": translate("Refusals", "The applicant's phone number"),
        "材料名称": translate("Refusals", "A material's name"),
        "文书编号": translate("Refusals", "The letter's number"),
        "办件编号": translate("Refusals", "The case number"),
        "事项名称": translate("Refusals", "The item's name"),
        "承办人": translate("Refusals", "The officer in charge"),
        "法律依据": translate("Refusals", "The legal basis"),
        "出具日期": translate("Refusals", "The letter's date"),
        "收件日期": translate("Refusals", "The date received"),
        "补正期限天数": translate("Refusals", "The supply period's days"),
        "承诺办结时限": translate("Refusals", "The promised time limit"),
        "理由": translate("Refusals", "The reason"),
        "负责人说明": translate("Refusals", "The supervisor's note"),
    }


def _catalogue() -> dict[str, str]:
    return {
        # the item catalogue: its files and the editor; the file's own sheet, column and
        # value names stay as the file writes them
        "catalogue_problem": translate("Refusals", "{place}{problem}"),
        "catalogue_admin_only": translate("Refusals", "Only an administrator can change the item catalogue"),
        "no_such_item": translate("Refusals", "The item catalogue has no item “{code}”"),
        "field_empty": translate("Refusals", "Fill in “{field_label}”"),
        "field_not_text": translate("Refusals", "“{field_label}” should be text, not “{value}”"),
        "field_code": translate("Refusals", "“{field_label}” may hold only letters, digits, “-”, “_” and “.”, at most "
                                            "64 of them; it is “{value}”"),
        "field_not_integer": translate("Refusals", "“{field_label}” should be a whole number, not “{value}”"),
        "field_below": translate("Refusals", "“{field_label}” may not be less than {limit}; it is {value}"),
        "field_above": translate("Refusals", "“{field_label}” may not be more than {limit}; it is {value}"),
        "field_empty_yes_no": translate("Refusals", "Fill in “{field_label}” (是 or 否)"),
        "field_not_yes_no": translate("Refusals", "“{field_label}” should be 是 or 否, not “{value}”"),
        "field_empty_choice": translate("Refusals", "Fill in “{field_label}” (one of {choices})"),
        "field_not_choice": translate("Refusals", "“{field_label}” should be one of {choices}, not “{value}”"),
        "item_not_object": translate("Refusals", "Each item should be an object (keys and values)"),
        "item_code_twice": translate("Refusals", "Item code “{code}” appears twice (as in item {first})"),
        "unknown_field": translate("Refusals", "Unknown field “{field}”"),
        "promised_over_legal": translate("Refusals", "The promised time ({promised} working days) may not exceed the "
                                                    "legal time ({legal} working days)"),
        "enquiry_phone": translate("Refusals", "The enquiry phone “{phone}” is wrong: {check}"),
        "supply_days_not_tolerant": translate("Refusals", "An item that does not allow tolerant acceptance has no "
                                                          "supply period for it"),
        "instant_not_tolerant": translate("Refusals", "An item done on the spot (promised time 0) cannot allow "
                                                      "tolerant acceptance"),
        "supply_over_promised": translate("Refusals", "The supply period ({days} working days) may not exceed the "
                                                      "promised time ({promised} working days)"),
        "steps_not_list": translate("Refusals", "The special procedures should be a list"),
        "step_not_object": translate("Refusals", "Each special procedure should be an object (keys and values)"),
        "no_materials": translate("Refusals", "An item needs at least one material"),
        "materials_not_list": translate("Refusals", "The materials should be a list"),
        "material_not_object": translate("Refusals", "Each material should be an object (keys and values)"),
        "material_code_twice": translate("Refusals", "Material code “{code}” appears twice in this item (as in "
                                                     "material {first})"),
        "optional_tolerable": translate("Refusals", "Only a required material can be allowed to follow later"),
        "tolerable_not_allowed": translate("Refusals", "The item does not allow tolerant acceptance: no material can "
                                                       "be allowed to follow later"),
        "tolerant_without_tolerable": translate("Refusals", "An item allowing tolerant acceptance needs at least one "
                                                            "material allowed to follow later"),
        "unknown_column": translate("Refusals", "Unknown column “{column}”"),
        "column_twice": translate("Refusals", "Column “{column}” repeats column “{other}”"),
        "column_missing": translate("Refusals", "Column “{column}” is missing"),
        "row_item_empty": translate("Refusals", "Fill in the code of the item this row belongs to"),
        "row_item_unknown": translate("Refusals", "Item code “{code}” is not on the sheet “{sheet}”"),
        "file_missing": translate("Refusals", "The file does not exist"),
        "file_is_folder": translate("Refusals", "This is a folder, not a catalogue file"),
        "catalogue_unreadable": translate("Refusals", "Cannot read the file: {problem}"),
        "file_too_big": translate("Refusals", "The file is too big ({size} MB): a catalogue file is at most {limit} MB"),
        "file_old_excel": translate("Refusals", "Old Excel and WPS formats are not read: save the file as .xlsx in "
                                                "the spreadsheet program, then import it"),
        "file_kind": translate("Refusals", "Not a catalogue file: a catalogue is a .json or .xlsx file"),
        "file_no_items": translate("Refusals", "The file holds no item"),
        "file_not_utf8": translate("Refusals", "The file is not UTF-8 text, so not a catalogue"),
        "file_not_json": translate("Refusals", "The file is not valid JSON: a format error near line {line}, "
                                               "column {column}"),
        "file_too_deep": translate("Refusals", "Not a catalogue: nested too deeply"),
        "file_no_format": translate("Refusals", "Not a catalogue: the mark \"format\": \"{format}\" is missing"),
        "file_bad_version": translate("Refusals", "The catalogue's version number is not valid"),
        "file_newer_version": translate("Refusals", "The catalogue is in format version {version}; this program reads "
                                                    "version {supported}: update the program first"),
        "file_no_item_list": translate("Refusals", "The catalogue has no list of items (items)"),
        "file_too_many_items": translate("Refusals", "Too many items ({count}): a catalogue holds at most {limit}"),
        "file_not_xlsx_zip": translate("Refusals", "Not a valid Excel (.xlsx) file: it may be damaged, or only its "
                                                   "name ends in .xlsx"),
        "file_unpacks_too_big": translate("Refusals", "The Excel file unpacks to {size} MB: not a normal catalogue"),
        "file_not_xlsx": translate("Refusals", "Cannot open the Excel file: it is damaged or not .xlsx"),
        "sheet_missing": translate("Refusals", "The sheet “{sheet}” is missing (the file's sheets: {sheets})"),
        "sheet_too_long": translate("Refusals", "The sheet “{sheet}” has more than {limit} rows: not a normal "
                                                "catalogue"),
        "file_damaged_sheet": translate("Refusals", "The Excel file is damaged: its sheets cannot be read"),
    }


def words() -> dict[str, str]:
    """Code → English template; the values are named as the raise names them."""
    return {**_officers(), **_text(), **_workspace(), **_settings(), **_queries(), **_keys(), **_packages(),
            **_imports(), **_calendar(), **_outputs(), **_backups(), **_database(), **_reports(),
            **_letters(), **_catalogue()}


def _labels() -> dict[str, str]:
    """The fields typed text is checked for, by their Chinese label or setting key."""
    return {
        "姓名": translate("Refusals", "The name"),
        "申请人姓名或名称": translate("Refusals", "The applicant's name"),
        "法定代表人": translate("Refusals", "The legal representative"),
        "备注": translate("Refusals", "The note"),
        "理由": translate("Refusals", "The reason"),
        "主管理由": translate("Refusals", "The supervisor's reason"),
        "延期理由": translate("Refusals", "The reason for the extension"),
        "暂停理由": translate("Refusals", "The reason for the pause"),
        "更正理由": translate("Refusals", "The reason for the correction"),
        "终止理由": translate("Refusals", "The reason for terminating"),
        "退回理由": translate("Refusals", "The reason for sending it back"),
        "重复收件理由": translate("Refusals", "The reason for logging it again"),
        "重新办理理由": translate("Refusals", "The reason for reopening"),
        "名称": translate("Refusals", "A holiday's name"),
        "source": "source",
        **{key: f"“{name}”" for key, name in _setting_names().items()},
    }


def _setting_names() -> dict[str, str]:
    return {
        "centre_name": translate("Refusals", "Centre name"),
        "short_name": translate("Refusals", "Short name"),
        "window_name": translate("Refusals", "Window name"),
        "address": translate("Refusals", "Address"),
        "phone": translate("Refusals", "Phone"),
        "hours": translate("Refusals", "Opening hours"),
        "number_format": translate("Refusals", "Number format"),
        "due_soon_days": translate("Refusals", "Due-soon warning"),
        "stub_copy": translate("Refusals", "Stub copy"),
        "seal_text": translate("Refusals", "Seal text"),
        "station_code": translate("Refusals", "Station code"),
        "rating_window_days": translate("Refusals", "Rating period"),
        "follow_up_days": translate("Refusals", "Poor-rating follow-up period"),
        "stale_after_days": translate("Refusals", "Stale package warning"),
    }


def _package_parts() -> dict[str, str]:
    return {
        "公开信息": translate("Refusals", "public header"),
        "清单": translate("Refusals", "manifest"),
        "回执": translate("Refusals", "receipt"),
        "公钥": translate("Refusals", "public key"),
        "签名": translate("Refusals", "signature"),
    }


def shown(name: str, value: Any) -> str | None:
    """A value only these refusals name, in the interface's words; None for the common ones."""
    if name == "label":
        return _labels().get(value, translate("Refusals", "The text"))
    if name == "letter_field":
        return _letter_fields().get(value, value)
    if name == "key":
        return _setting_names().get(value, value)
    if name == "what":
        return _package_parts().get(value, value)
    if name == "key_action":
        return {
            "trust_new_key": translate("Refusals", "Trusting a new station's key"),
            "trust_station": translate("Refusals", "Registering a trusted station"),
            "revoke_station": translate("Refusals", "Revoking a station's key"),
        }.get(value, value)
    if name == "program" and value == "更新的版本":
        return translate("Refusals", "a newer version")
    if name == "section":
        return {"holidays": translate("Refusals", "holidays"),
                "workdays": translate("Refusals", "workdays")}.get(value, value)
    if name == "entry" and not value:
        return translate("Refusals", "unnamed")
    if name == "place":
        return _catalogue_place(*value)
    if name == "problem" and getattr(value, "code", ""):
        from app.ui.refusal_words import refusal_text

        return refusal_text(value)
    if name == "problems":
        from app.ui.domain_words import listing
        from app.ui.refusal_words import refusal_text

        return listing(refusal_text(p) for p in value)
    return None


def _catalogue_place(sheet: str, row: int | None, column: str) -> str:
    """Where in a catalogue file a problem is, with the file's own sheet and column names."""
    parts = []
    if sheet:
        parts.append(translate("Refusals", "sheet “%1”").replace("%1", sheet))
    if row is not None:
        parts.append(translate("Refusals", "row %1").replace("%1", str(row)))
    if column:
        parts.append(translate("Refusals", "column “%1”").replace("%1", column))
    return (", ".join(parts) + ": ") if parts else ""
