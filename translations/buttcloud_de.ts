<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>No other hub is ready to take the pub.</source>
        <translation>Kein anderer Hub ist bereit, den Pub aufzunehmen.</translation>
    </message>
</context>
<context>
    <name>buttcloud</name>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1: muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>%1: must be from %2 to %3</source>
        <translation>%1: muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1: muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>%1: must be text</source>
        <translation>%1: muss Text sein</translation>
    </message>
    <message>
        <source>%1: must be at most %2 characters</source>
        <translation>%1: darf höchstens %2 Zeichen lang sein</translation>
    </message>
    <message>
        <source>%1: must not contain control characters</source>
        <translation>%1: darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>%1: has the wrong form</source>
        <translation>%1: hat die falsche Form</translation>
    </message>
    <message>
        <source>%1: %2 takes no such argument</source>
        <translation>%1: %2 kennt dieses Argument nicht</translation>
    </message>
    <message>
        <source>%1: is required</source>
        <translation>%1: ist erforderlich</translation>
    </message>
</context>
<context>
    <name>buttcloud::AboutDialog</name>
    <message>
        <source>About ButtCloud</source>
        <translation>Über ButtCloud</translation>
    </message>
    <message>
        <source>ButtCloud logo</source>
        <translation>ButtCloud-Logo</translation>
    </message>
    <message>
        <source>&lt;h2&gt;ButtCloud %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;ButtCloud %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Run Scuttlebutt pubs on ButtCloud.</source>
        <translation>Scuttlebutt-Pubs auf ButtCloud betreiben.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft auf Qt %2.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; · &lt;a href=&quot;mailto:%2&quot;&gt;%2&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; · &lt;a href=&quot;mailto:%2&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Website and contact</source>
        <translation>Website und Kontakt</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Copyright 2026 ButtCloud developers.

ButtCloud has not been released under a public license: all rights reserved by the ButtCloud developers.

ButtCloud uses Qt (LGPL 3), QtKeychain (BSD 3-clause) and libqrencode (LGPL 2.1).</source>
        <translation>Copyright 2026 ButtCloud-Entwickler.

ButtCloud wurde nicht unter einer öffentlichen Lizenz veröffentlicht: Alle Rechte liegen bei den ButtCloud-Entwicklern.

ButtCloud verwendet Qt (LGPL 3), QtKeychain (BSD-3-Clause) und libqrencode (LGPL 2.1).</translation>
    </message>
</context>
<context>
    <name>buttcloud::AccountRecoveryService</name>
    <message>
        <source>The new password must be at least %1 characters long.</source>
        <translation>Das neue Passwort muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The new password must be at most %1 characters long.</source>
        <translation>Das neue Passwort darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>Paste the whole password reset link from the mail, or the code after token=.</source>
        <translation>Fügen Sie den ganzen Link zum Zurücksetzen des Passworts aus der E-Mail ein oder den Code nach token=.</translation>
    </message>
    <message>
        <source>This reset link is not valid any more: it was used already or is more than an hour old. Ask for a new one.</source>
        <translation>Dieser Link zum Zurücksetzen ist nicht mehr gültig: Er wurde schon benutzt oder ist älter als eine Stunde. Fordern Sie einen neuen an.</translation>
    </message>
    <message>
        <source>Paste the whole verification link from the welcome mail, or the code after token=.</source>
        <translation>Fügen Sie den ganzen Bestätigungslink aus der Willkommens-E-Mail ein oder den Code nach token=.</translation>
    </message>
    <message>
        <source>This verification link is not valid any more: it was used already or is more than a week old.</source>
        <translation>Dieser Bestätigungslink ist nicht mehr gültig: Er wurde schon benutzt oder ist älter als eine Woche.</translation>
    </message>
    <message>
        <source>Enter the server address first.</source>
        <translation>Geben Sie zuerst die Serveradresse ein.</translation>
    </message>
</context>
<context>
    <name>buttcloud::AccountService</name>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>An account with that email address exists already.</source>
        <translation>Ein Konto mit dieser E-Mail-Adresse existiert bereits.</translation>
    </message>
    <message>
        <source>This is the last enabled administrator: make another one first.</source>
        <translation>Dies ist der letzte aktivierte Administrator: Machen Sie zuerst ein anderes Konto zum Administrator.</translation>
    </message>
    <message>
        <source>You cannot change your own role or disable your own account.</source>
        <translation>Sie können weder Ihre eigene Rolle ändern noch Ihr eigenes Konto deaktivieren.</translation>
    </message>
</context>
<context>
    <name>buttcloud::AccountsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Neues Konto…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Send Password &amp;Reset</source>
        <translation>Link zum &amp;Zurücksetzen senden</translation>
    </message>
    <message>
        <source>Accounts message</source>
        <translation>Meldung zu den Konten</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Search by name or email</source>
        <translation>Nach Name oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Show accounts with the role</source>
        <translation>Konten mit der Rolle anzeigen</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Refresh the accounts</source>
        <translation>Konten aktualisieren</translation>
    </message>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Change R&amp;ole</source>
        <translation>R&amp;olle ändern</translation>
    </message>
    <message>
        <source>Change the role of the selected account</source>
        <translation>Die Rolle des gewählten Kontos ändern</translation>
    </message>
    <message>
        <source>Disable or enable the selected account</source>
        <translation>Das gewählte Konto deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <source>Send the selected account a password reset</source>
        <translation>Dem gewählten Konto einen Link zum Zurücksetzen des Passworts senden</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>%1 has an account now and gets a mail to choose a password.</source>
        <translation>%1 hat jetzt ein Konto und bekommt eine E-Mail, um ein Passwort zu wählen.</translation>
    </message>
    <message>
        <source>Make Administrator</source>
        <translation>Zum Administrator machen</translation>
    </message>
    <message>
        <source>Make %1 an administrator? Administrators manage every account, hub and pub.</source>
        <translation>%1 zum Administrator machen? Administratoren verwalten alle Konten, Hubs und Pubs.</translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <translation>%1 ist jetzt: %2.</translation>
    </message>
    <message>
        <source>Disable Account</source>
        <translation>Konto deaktivieren</translation>
    </message>
    <message>
        <source>Disable the account of %1? They are signed out everywhere at once and cannot sign in until it is enabled again.</source>
        <translation>Das Konto von %1 deaktivieren? Die Person wird sofort überall abgemeldet und kann sich erst wieder anmelden, wenn das Konto wieder aktiviert ist.</translation>
    </message>
    <message>
        <source>The account of %1 is enabled.</source>
        <translation>Das Konto von %1 ist aktiviert.</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>Das Konto von %1 ist deaktiviert.</translation>
    </message>
    <message>
        <source>A password reset link is on its way to %1.</source>
        <translation>Ein Link zum Zurücksetzen des Passworts ist an %1 unterwegs.</translation>
    </message>
</context>
<context>
    <name>buttcloud::AddHubWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Add Hub</source>
        <translation>Hub &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a Hub</source>
        <translation>Hub hinzufügen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>Hostname oder Adresse</translation>
    </message>
    <message>
        <source>e.g. 203.0.113.7</source>
        <translation>z. B. 203.0.113.7</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>SSH &amp;port:</source>
        <translation>SSH-&amp;Port:</translation>
    </message>
    <message>
        <source>The machine must run Docker and accept SSH with an ed25519 key. The server connects to it first to read its host key.</source>
        <translation>Auf der Maschine muss Docker laufen, und sie muss SSH mit einem ed25519-Schlüssel annehmen. Der Server verbindet sich zuerst, um ihren Host-Schlüssel zu lesen.</translation>
    </message>
    <message>
        <source>I compared this fingerprint with the machine&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub) and it matches</source>
        <translation>Ich habe diesen Fingerabdruck mit dem der Maschine verglichen (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub), und er stimmt überein</translation>
    </message>
    <message>
        <source>The machine presented this host key:</source>
        <translation>Die Maschine hat diesen Host-Schlüssel vorgelegt:</translation>
    </message>
    <message>
        <source>Hub name</source>
        <translation>Name des Hubs</translation>
    </message>
    <message>
        <source>e.g. hub-2</source>
        <translation>z. B. hub-2</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH-Benutzer</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei mit dem privaten Schlüssel</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Datei mit dem privaten Schlüssel wählen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater &amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The key (ed25519, OpenSSH format, no passphrase) is sent to the server, which keeps it sealed and never shows it again.</source>
        <translation>Der Schlüssel (ed25519, OpenSSH-Format, ohne Passphrase) wird an den Server geschickt, der ihn versiegelt aufbewahrt und nie wieder anzeigt.</translation>
    </message>
    <message>
        <source>The server already knows this key from its known_hosts file.</source>
        <translation>Der Server kennt diesen Schlüssel bereits aus seiner known_hosts-Datei.</translation>
    </message>
    <message>
        <source>The server has never seen this key. Add the machine only if it matches.</source>
        <translation>Der Server hat diesen Schlüssel noch nie gesehen. Fügen Sie die Maschine nur hinzu, wenn er übereinstimmt.</translation>
    </message>
    <message>
        <source>Choose the Hub&apos;s SSH Private Key</source>
        <translation>Privaten SSH-Schlüssel des Hubs wählen</translation>
    </message>
</context>
<context>
    <name>buttcloud::ApiClient</name>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>%1 konnte nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>buttcloud::ApiError</name>
    <message>
        <source>Wrong email or password.</source>
        <translation>Falsche E-Mail-Adresse oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Ihr Konto darf das nicht.</translation>
    </message>
    <message>
        <source>That item does not exist (any more).</source>
        <translation>Das gibt es nicht (mehr).</translation>
    </message>
    <message>
        <source>That conflicts with what is already on the server.</source>
        <translation>Das widerspricht dem, was schon auf dem Server ist.</translation>
    </message>
    <message>
        <source>The server refused the input: %1</source>
        <translation>Der Server hat die Eingabe abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server refused the input.</source>
        <translation>Der Server hat die Eingabe abgelehnt.</translation>
    </message>
    <message>
        <source>The request was too large for the server.</source>
        <translation>Die Anfrage war zu groß für den Server.</translation>
    </message>
    <message>
        <source>The server cannot reach its Docker engine right now. Please try again later.</source>
        <translation>Der Server erreicht seine Docker-Engine gerade nicht. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The server hit an internal error; its log has the details.</source>
        <translation>Der Server hatte einen internen Fehler; sein Protokoll enthält die Details.</translation>
    </message>
    <message>
        <source>The server did not understand the request (HTTP %1). The client and server versions may not match.</source>
        <translation>Der Server hat die Anfrage nicht verstanden (HTTP %1). Client- und Serverversion passen womöglich nicht zusammen.</translation>
    </message>
    <message>
        <source>The server answered with an unexpected error (HTTP %1).</source>
        <translation>Der Server antwortete mit einem unerwarteten Fehler (HTTP %1).</translation>
    </message>
    <message>
        <source>The server at %1 sent a reply this client does not understand (HTTP %2). Is it a ButtCloud server?</source>
        <translation>Der Server unter %1 hat eine Antwort geschickt, die dieser Client nicht versteht (HTTP %2). Ist es ein ButtCloud-Server?</translation>
    </message>
    <message>
        <source>The machine presented a host key that matches neither the server&apos;s known hosts nor the fingerprint you confirmed. Nothing was added.</source>
        <translation>Die Maschine hat einen Host-Schlüssel vorgelegt, der weder zu den bekannten Hosts des Servers noch zum bestätigten Fingerabdruck passt. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The server could not connect to the machine over SSH: %1</source>
        <translation>Der Server konnte sich nicht per SSH mit der Maschine verbinden: %1</translation>
    </message>
    <message>
        <source>The server could not connect to the machine over SSH.</source>
        <translation>Der Server konnte sich nicht per SSH mit der Maschine verbinden.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>Dieses Konto ist deaktiviert. Bitten Sie einen Administrator, es zu aktivieren.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: %1</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen: %1</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. Wait a few minutes, then try again.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen. Warten Sie einige Minuten und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The card was declined: %1 Nothing was created or charged.</source>
        <translation>Die Karte wurde abgelehnt: %1 Es wurde nichts angelegt oder berechnet.</translation>
    </message>
    <message>
        <source>The card was declined. Nothing was created or charged.</source>
        <translation>Die Karte wurde abgelehnt. Es wurde nichts angelegt oder berechnet.</translation>
    </message>
    <message>
        <source>The payment service cannot be reached right now. Please try again later.</source>
        <translation>Der Zahlungsdienst ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The hub running this pub cannot be reached right now. Please try again later.</source>
        <translation>Der Hub, auf dem dieser Pub läuft, ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.</translation>
    </message>
</context>
<context>
    <name>buttcloud::ApiJob</name>
    <message numerus="yes">
        <source>The server at %1 did not answer within %n second(s).</source>
        <translation>
            <numerusform>Der Server unter %1 hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Der Server unter %1 hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Rechner nicht gefunden</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>die Verbindung wurde geschlossen</translation>
    </message>
    <message>
        <source>the secure connection failed</source>
        <translation>die sichere Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server could not be reached at %1: %2.</source>
        <translation>Der Server unter %1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2.</source>
        <translation>Es konnte nicht unter %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>buttcloud::AuditLogModel</name>
    <message>
        <source>(%1 bytes, truncated)</source>
        <translation>(%1 Bytes, gekürzt)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>buttcloud::AuditPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load &amp;Older</source>
        <translation>Ä&amp;ltere laden</translation>
    </message>
    <message>
        <source>Show the entries of</source>
        <translation>Einträge anzeigen von</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Audit-Protokoll aktualisieren</translation>
    </message>
    <message>
        <source>Load older audit entries</source>
        <translation>Ältere Audit-Einträge laden</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Pub:</source>
        <translation>&amp;Pub:</translation>
    </message>
    <message>
        <source>All pubs</source>
        <translation>Alle Pubs</translation>
    </message>
</context>
<context>
    <name>buttcloud::BackupsModel</name>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>buttcloud::BackupsView</name>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <source>Save the selected backup to a file</source>
        <translation>Das gewählte Backup in einer Datei speichern</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected backup</source>
        <translation>Das gewählte Backup löschen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh the backups</source>
        <translation>Backups aktualisieren</translation>
    </message>
    <message>
        <source>Backups message</source>
        <translation>Meldung zu den Backups</translation>
    </message>
    <message>
        <source>Backups of canceled pubs</source>
        <translation>Backups gekündigter Pubs</translation>
    </message>
    <message>
        <source>Save the Backup of %1</source>
        <translation>Backup von %1 speichern</translation>
    </message>
    <message>
        <source>Saving: %1 of %2</source>
        <translation>Wird gespeichert: %1 von %2</translation>
    </message>
    <message>
        <source>Saving: %1</source>
        <translation>Wird gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved to %1. Import it to restore the pub.</source>
        <translation>Unter %1 gespeichert. Importieren Sie es, um den Pub wiederherzustellen.</translation>
    </message>
    <message>
        <source>Delete Backup</source>
        <translation>Backup löschen</translation>
    </message>
    <message>
        <source>Delete the backup of “%1” (%2)? The pub&apos;s identity and data in it are lost for good.</source>
        <translation>Das Backup von „%1“ (%2) löschen? Die darin enthaltene Identität und die Daten des Pubs gehen endgültig verloren.</translation>
    </message>
    <message>
        <source>The backup is deleted.</source>
        <translation>Das Backup ist gelöscht.</translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingCustomerView</name>
    <message>
        <source>Billing problem</source>
        <translation>Problem mit der Abrechnung</translation>
    </message>
    <message>
        <source>Your pubs&apos; subscriptions</source>
        <translation>Abonnements Ihrer Pubs</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>&amp;Bezahlen…</translation>
    </message>
    <message>
        <source>&amp;Subscribe…</source>
        <translation>&amp;Abonnieren…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Pay on Stripe&apos;s page</source>
        <translation>Auf der Seite von Stripe bezahlen</translation>
    </message>
    <message>
        <source>Opens Stripe&apos;s payment page in your browser</source>
        <translation>Öffnet die Zahlungsseite von Stripe in Ihrem Browser</translation>
    </message>
    <message>
        <source>Subscribe the selected pub to a plan</source>
        <translation>Für den gewählten Pub einen Tarif abonnieren</translation>
    </message>
    <message>
        <source>Refresh billing</source>
        <translation>Abrechnung aktualisieren</translation>
    </message>
    <message>
        <source>Selected pub</source>
        <translation>Gewählter Pub</translation>
    </message>
    <message>
        <source>What your pubs cost and whether they are paid up.</source>
        <translation>Was Ihre Pubs kosten und ob sie bezahlt sind.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a pub to see its subscription.</source>
        <translation>Wählen Sie einen Pub, um sein Abonnement zu sehen.</translation>
    </message>
    <message>
        <source>This pub has no subscription yet.</source>
        <translation>Dieser Pub hat noch kein Abonnement.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address to pay: %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse, um zu bezahlen: %1</translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingFormDialog</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingOperatorView</name>
    <message>
        <source>Revenue per month in %1</source>
        <translation>Umsatz pro Monat in %1</translation>
    </message>
    <message>
        <source>Revenue (%1)</source>
        <translation>Umsatz (%1)</translation>
    </message>
    <message>
        <source>Billing problem</source>
        <translation>Problem mit der Abrechnung</translation>
    </message>
    <message>
        <source>Revenue per month</source>
        <translation>Umsatz pro Monat</translation>
    </message>
    <message>
        <source>Subscriptions past due or suspended</source>
        <translation>Überfällige oder gesperrte Abonnements</translation>
    </message>
    <message>
        <source>Extend &amp;Grace…</source>
        <translation>&amp;Nachfrist verlängern…</translation>
    </message>
    <message>
        <source>Extend the grace period</source>
        <translation>Die Nachfrist verlängern</translation>
    </message>
    <message>
        <source>&amp;Comp…</source>
        <translation>&amp;Kostenlos stellen…</translation>
    </message>
    <message>
        <source>Make the pub free of charge</source>
        <translation>Den Pub kostenlos stellen</translation>
    </message>
    <message>
        <source>Cancel &amp;Subscription…</source>
        <translation>&amp;Abonnement kündigen…</translation>
    </message>
    <message>
        <source>Cancel the subscription</source>
        <translation>Das Abonnement kündigen</translation>
    </message>
    <message>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
    <message>
        <source>Record a payment made by hand</source>
        <translation>Eine von Hand geleistete Zahlung erfassen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh billing</source>
        <translation>Abrechnung aktualisieren</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>&amp;New Plan…</source>
        <translation>&amp;Neuer Tarif…</translation>
    </message>
    <message>
        <source>Create a plan</source>
        <translation>Einen Tarif anlegen</translation>
    </message>
    <message>
        <source>Re&amp;tire Plan</source>
        <translation>Tarif ein&amp;stellen</translation>
    </message>
    <message>
        <source>Retire the selected plan</source>
        <translation>Den gewählten Tarif einstellen</translation>
    </message>
    <message>
        <source>Pub whose subscription to show</source>
        <translation>Pub, dessen Abonnement angezeigt wird</translation>
    </message>
    <message>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <source>P&amp;ub:</source>
        <translation>P&amp;ub:</translation>
    </message>
    <message>
        <source>Past due or suspended</source>
        <translation>Überfällig oder gesperrt</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message numerus="yes">
        <source>No payments in the last %n month(s).</source>
        <translation>
            <numerusform>Keine Zahlungen im letzten %n Monat.</numerusform>
            <numerusform>Keine Zahlungen in den letzten %n Monaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Choose a pub, or select a row above.</source>
        <translation>Wählen Sie einen Pub oder markieren Sie oben eine Zeile.</translation>
    </message>
    <message>
        <source>No subscription.</source>
        <translation>Kein Abonnement.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Un&amp;comp…</source>
        <translation>Wieder &amp;kostenpflichtig…</translation>
    </message>
    <message>
        <source>Offer &amp;Again</source>
        <translation>Wieder &amp;anbieten</translation>
    </message>
    <message>
        <source>Make “%1” free of charge? It becomes active, is never suspended and never charged.</source>
        <translation>„%1“ kostenlos stellen? Er wird aktiv, nie gesperrt und nie in Rechnung gestellt.</translation>
    </message>
    <message>
        <source>Charge for “%1” again from its next payment on?</source>
        <translation>„%1“ ab seiner nächsten Zahlung wieder in Rechnung stellen?</translation>
    </message>
    <message>
        <source>Comp Pub</source>
        <translation>Pub kostenlos stellen</translation>
    </message>
    <message>
        <source>Uncomp Pub</source>
        <translation>Pub wieder kostenpflichtig stellen</translation>
    </message>
    <message>
        <source>Could not comp the pub</source>
        <translation>Pub konnte nicht kostenlos gestellt werden</translation>
    </message>
    <message>
        <source>Could not uncomp the pub</source>
        <translation>Pub konnte nicht wieder kostenpflichtig gestellt werden</translation>
    </message>
    <message>
        <source>Cancel Subscription</source>
        <translation>Abonnement kündigen</translation>
    </message>
    <message>
        <source>Cancel the subscription of “%1”? Its owner must subscribe again to keep the pub.</source>
        <translation>Das Abonnement von „%1“ kündigen? Der Besitzer muss erneut abonnieren, um den Pub zu behalten.</translation>
    </message>
    <message>
        <source>Could not cancel the subscription</source>
        <translation>Abonnement konnte nicht gekündigt werden</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingPlanChooser</name>
    <message>
        <source>Payment &amp;token:</source>
        <translation>Zahlungs-&amp;Token:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Payment token from Stripe</source>
        <translation>Zahlungs-Token von Stripe</translation>
    </message>
    <message>
        <source>tok_… or pm_…</source>
        <translation>tok_… oder pm_…</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>What the pub costs and how much memory it may use</source>
        <translation>Was der Pub kostet und wie viel Speicher er nutzen darf</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No plan is offered right now. Please ask the operator.</source>
        <translation>Derzeit wird kein Tarif angeboten. Bitte fragen Sie den Betreiber.</translation>
    </message>
    <message>
        <source>No plan is offered right now.</source>
        <translation>Derzeit wird kein Tarif angeboten.</translation>
    </message>
    <message numerus="yes">
        <source>Free for the first %n day(s); then %1. You can pay once the trial runs.</source>
        <translation>
            <numerusform>Den ersten %n Tag kostenlos, danach %1. Sie können bezahlen, sobald die Testphase läuft.</numerusform>
            <numerusform>Die ersten %n Tage kostenlos, danach %1. Sie können bezahlen, sobald die Testphase läuft.</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan is free.</source>
        <translation>Dieser Tarif ist kostenlos.</translation>
    </message>
    <message>
        <source>You pay on Stripe&apos;s own secure page: enter your card there and paste the token it gives you (it starts with tok_ or pm_). ButtCloud never sees your card number.</source>
        <translation>Sie bezahlen auf der eigenen sicheren Seite von Stripe: Geben Sie dort Ihre Karte ein und fügen Sie das Token ein, das Sie erhalten (es beginnt mit tok_ oder pm_). ButtCloud sieht Ihre Kartennummer nie.</translation>
    </message>
    <message>
        <source>The operator sends you an invoice for %1; the pub starts right away.</source>
        <translation>Der Betreiber schickt Ihnen eine Rechnung über %1; der Pub startet sofort.</translation>
    </message>
</context>
<context>
    <name>buttcloud::BillingService</name>
    <message>
        <source>Free trial</source>
        <translation>Kostenlose Testphase</translation>
    </message>
    <message>
        <source>Paid up</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Payment overdue</source>
        <translation>Zahlung überfällig</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <source>This pub is free of charge (granted by the operator).</source>
        <translation>Dieser Pub ist kostenlos (vom Betreiber gewährt).</translation>
    </message>
    <message>
        <source>The free trial ends on %1; the first payment is due then.</source>
        <translation>Die kostenlose Testphase endet am %1; dann ist die erste Zahlung fällig.</translation>
    </message>
    <message>
        <source>The pub is in its free trial.</source>
        <translation>Der Pub ist in seiner kostenlosen Testphase.</translation>
    </message>
    <message>
        <source>Paid up. The next payment is due on %1.</source>
        <translation>Bezahlt. Die nächste Zahlung ist am %1 fällig.</translation>
    </message>
    <message>
        <source>Paid up.</source>
        <translation>Bezahlt.</translation>
    </message>
    <message>
        <source>A payment failed. The pub keeps running until %1; pay before then to keep it up.</source>
        <translation>Eine Zahlung ist fehlgeschlagen. Der Pub läuft bis %1 weiter; bezahlen Sie vorher, damit er weiterläuft.</translation>
    </message>
    <message>
        <source>A payment failed. Pay soon to keep the pub running.</source>
        <translation>Eine Zahlung ist fehlgeschlagen. Bezahlen Sie bald, damit der Pub weiterläuft.</translation>
    </message>
    <message>
        <source>The pub is stopped because a payment is overdue. Its data is kept; paying starts it again.</source>
        <translation>Der Pub ist gestoppt, weil eine Zahlung überfällig ist. Seine Daten bleiben erhalten; nach der Zahlung startet er wieder.</translation>
    </message>
    <message>
        <source>The subscription has ended. Subscribe again to keep using the pub.</source>
        <translation>Das Abonnement ist beendet. Schließen Sie es erneut ab, um den Pub weiter zu nutzen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Zahlung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>im Jahr</translation>
    </message>
    <message>
        <source>a month</source>
        <translation>im Monat</translation>
    </message>
    <message>
        <source>free</source>
        <translation>kostenlos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1, the first %n day(s) free</source>
        <translation>
            <numerusform>%1, der erste %n Tag kostenlos</numerusform>
            <numerusform>%1, die ersten %n Tage kostenlos</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste the token Stripe&apos;s payment page gave you.</source>
        <translation>Fügen Sie das Token ein, das Ihnen die Zahlungsseite von Stripe gegeben hat.</translation>
    </message>
    <message>
        <source>That looks like a card number. Never type a card number here: enter it on Stripe&apos;s page and paste the token it gives you.</source>
        <translation>Das sieht wie eine Kartennummer aus. Geben Sie hier nie eine Kartennummer ein: Geben Sie sie auf der Seite von Stripe ein und fügen Sie das Token ein, das Sie dort erhalten.</translation>
    </message>
    <message>
        <source>A token from Stripe starts with tok_ or pm_.</source>
        <translation>Ein Token von Stripe beginnt mit tok_ oder pm_.</translation>
    </message>
    <message>
        <source>%1 in trial · %2 paid up · %3 overdue · %4 suspended · %5 canceled · %6 free of charge</source>
        <translation>%1 in der Testphase · %2 bezahlt · %3 überfällig · %4 gesperrt · %5 gekündigt · %6 kostenlos</translation>
    </message>
    <message>
        <source>This pub already has a subscription.</source>
        <translation>Dieser Pub hat bereits ein Abonnement.</translation>
    </message>
    <message>
        <source>Only an overdue subscription&apos;s grace period can be extended, and only into the future.</source>
        <translation>Nur die Nachfrist eines überfälligen Abonnements kann verlängert werden, und nur in die Zukunft.</translation>
    </message>
    <message>
        <source>A payment can be recorded by hand only when the server bills offline (with Stripe, payments come from Stripe) and for a subscription that is not canceled.</source>
        <translation>Eine Zahlung kann nur dann von Hand erfasst werden, wenn der Server offline abrechnet (mit Stripe kommen die Zahlungen von Stripe), und nur für ein nicht gekündigtes Abonnement.</translation>
    </message>
    <message>
        <source>A plan with that name exists already.</source>
        <translation>Ein Tarif mit diesem Namen existiert bereits.</translation>
    </message>
</context>
<context>
    <name>buttcloud::BulkCommandDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message numerus="yes">
        <source>Run a Command on %n Pub(s)</source>
        <translation>
            <numerusform>Befehl auf %n Pub ausführen</numerusform>
            <numerusform>Befehl auf %n Pubs ausführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Run the command on the chosen pubs</source>
        <translation>Den Befehl auf den gewählten Pubs ausführen</translation>
    </message>
    <message>
        <source>Results per pub</source>
        <translation>Ergebnisse je Pub</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Befehl:</translation>
    </message>
    <message numerus="yes">
        <source>Succeeded on %1 of %n pub(s).</source>
        <translation>
            <numerusform>Erfolgreich auf %1 von %n Pub.</numerusform>
            <numerusform>Erfolgreich auf %1 von %n Pubs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the commands…</source>
        <translation>Befehle werden geladen…</translation>
    </message>
    <message>
        <source>Your account may run no read-only command on several pubs.</source>
        <translation>Ihr Konto darf keinen nur lesenden Befehl auf mehreren Pubs ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>%n pub(s) chosen.</source>
        <translation>
            <numerusform>%n Pub gewählt.</numerusform>
            <numerusform>%n Pubs gewählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>Run a Command on the Pubs of %1</source>
        <translation>Befehl auf den Pubs von %1 ausführen</translation>
    </message>
    <message>
        <source>Every pub on %1.</source>
        <translation>Jeder Pub auf %1.</translation>
    </message>
</context>
<context>
    <name>buttcloud::BulkCommandModel</name>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
</context>
<context>
    <name>buttcloud::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change Password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Change password message</source>
        <translation>Meldung zur Passwortänderung</translation>
    </message>
    <message>
        <source>Change Your Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Passwort wird geändert…</translation>
    </message>
</context>
<context>
    <name>buttcloud::ClientApp</name>
    <message>
        <source>Cannot Remember You</source>
        <translation>Anmeldung kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>buttcloud::ClientSettings</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>buttcloud::CommandConsole</name>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Copy Output</source>
        <translation>Ausgabe kopieren</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Copy Invite</source>
        <translation>Einladung kopieren</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>What the command does</source>
        <translation>Was der Befehl tut</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>Problem with the arguments</source>
        <translation>Problem mit den Argumenten</translation>
    </message>
    <message>
        <source>Run the command</source>
        <translation>Befehl ausführen</translation>
    </message>
    <message>
        <source>Command output</source>
        <translation>Ausgabe des Befehls</translation>
    </message>
    <message>
        <source>Copy the output</source>
        <translation>Ausgabe kopieren</translation>
    </message>
    <message>
        <source>Commands run</source>
        <translation>Ausgeführte Befehle</translation>
    </message>
    <message>
        <source>Invite code</source>
        <translation>Einladungscode</translation>
    </message>
    <message>
        <source>Copy the invite</source>
        <translation>Einladung kopieren</translation>
    </message>
    <message>
        <source>Invite as a QR code</source>
        <translation>Einladung als QR-Code</translation>
    </message>
    <message>
        <source>The output of a command appears here.</source>
        <translation>Hier erscheint die Ausgabe eines Befehls.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Verlauf:</translation>
    </message>
    <message>
        <source>Could not load the commands: %1</source>
        <translation>Die Befehle konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1: must be a whole number</source>
        <translation>%1: muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>The command was not run: %1</source>
        <translation>Der Befehl wurde nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>
[timed out]</source>
        <translation>
[Zeitüberschreitung]</translation>
    </message>
    <message>
        <source>
[exit code %1]</source>
        <translation>
[Exit-Code %1]</translation>
    </message>
</context>
<context>
    <name>buttcloud::CommandHistoryModel</name>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit %1</translation>
    </message>
    <message>
        <source>no exit code</source>
        <translation>kein Exit-Code</translation>
    </message>
    <message>
        <source>%1  %2  (%3)</source>
        <translation>%1  %2  (%3)</translation>
    </message>
</context>
<context>
    <name>buttcloud::CommandService</name>
    <message>
        <source>%1 changes the pub: only read-only commands run on several pubs at once</source>
        <translation>%1 verändert den Pub: auf mehreren Pubs zugleich laufen nur lesende Befehle</translation>
    </message>
    <message>
        <source>Choose 1 to %1 pubs</source>
        <translation>Wählen Sie 1 bis %1 Pubs</translation>
    </message>
</context>
<context>
    <name>buttcloud::CreateAccountDialog</name>
    <message>
        <source>&amp;Create Account</source>
        <translation>Konto &amp;anlegen</translation>
    </message>
    <message>
        <source>New account message</source>
        <translation>Meldung zum neuen Konto</translation>
    </message>
    <message>
        <source>New Account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>someone@example.org</source>
        <translation>jemand@example.org</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Language of the mails</source>
        <translation>Sprache der E-Mails</translation>
    </message>
    <message>
        <source>Server default</source>
        <translation>Standard des Servers</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Mail &amp;language:</source>
        <translation>E-Mail-&amp;Sprache:</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Konto wird angelegt…</translation>
    </message>
</context>
<context>
    <name>buttcloud::CreatePubDialog</name>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>New Pub</source>
        <translation>Neuer Pub</translation>
    </message>
    <message>
        <source>Pub name</source>
        <translation>Pub-Name</translation>
    </message>
    <message>
        <source>e.g. my-pub</source>
        <translation>z. B. mein-pub</translation>
    </message>
    <message>
        <source>Name problem</source>
        <translation>Problem mit dem Namen</translation>
    </message>
    <message>
        <source>Create pub</source>
        <translation>Pub anlegen</translation>
    </message>
    <message>
        <source>Lowercase letters, digits and hyphens; up to %1 characters. The name is part of the pub&apos;s address and cannot be changed later.</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche; bis zu %1 Zeichen. Der Name ist Teil der Adresse des Pubs und kann später nicht geändert werden.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird angelegt…</translation>
    </message>
</context>
<context>
    <name>buttcloud::CustodyService</name>
    <message>
        <source>Subscription canceled</source>
        <translation>Abonnement gekündigt</translation>
    </message>
    <message>
        <source>The pub is being deleted or moved; it cannot be exported now.</source>
        <translation>Der Pub wird gerade gelöscht oder verschoben; er kann jetzt nicht exportiert werden.</translation>
    </message>
    <message>
        <source>This export can no longer be downloaded: an export is downloaded once, within an hour of being made. Export the pub again.</source>
        <translation>Dieser Export kann nicht mehr heruntergeladen werden: Ein Export lässt sich nur einmal herunterladen, und zwar innerhalb einer Stunde nach seiner Erstellung. Exportieren Sie den Pub erneut.</translation>
    </message>
    <message>
        <source>That pub name is taken.</source>
        <translation>Dieser Pub-Name ist vergeben.</translation>
    </message>
    <message>
        <source>The pub is being deleted, or it is already being moved, exported or imported; try again when that has finished.</source>
        <translation>Der Pub wird gerade gelöscht oder bereits verschoben, exportiert oder importiert; versuchen Sie es erneut, wenn das abgeschlossen ist.</translation>
    </message>
    <message>
        <source>This backup is gone: it expired or was deleted.</source>
        <translation>Dieses Backup gibt es nicht mehr: Es ist abgelaufen oder wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>buttcloud::EventStream</name>
    <message>
        <source>Live updates are off.</source>
        <translation>Live-Aktualisierungen sind aus.</translation>
    </message>
    <message>
        <source>Connecting to live updates…</source>
        <translation>Verbinde mit Live-Aktualisierungen…</translation>
    </message>
    <message>
        <source>Renewing the sign-in for live updates…</source>
        <translation>Erneuere die Anmeldung für Live-Aktualisierungen…</translation>
    </message>
    <message>
        <source>Live updates are offline.</source>
        <translation>Live-Aktualisierungen sind offline.</translation>
    </message>
    <message>
        <source>Live updates are offline: %1</source>
        <translation>Live-Aktualisierungen sind offline: %1</translation>
    </message>
</context>
<context>
    <name>buttcloud::ExtendGraceDialog</name>
    <message>
        <source>Extend the Grace Period of %1</source>
        <translation>Nachfrist von %1 verlängern</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Verlängern</translation>
    </message>
    <message>
        <source>Grace period ends</source>
        <translation>Nachfrist endet</translation>
    </message>
    <message>
        <source>The pub keeps running until then; unpaid after it, it is suspended.</source>
        <translation>Der Pub läuft bis dahin weiter; ist er danach nicht bezahlt, wird er gesperrt.</translation>
    </message>
    <message>
        <source>Grace &amp;ends:</source>
        <translation>Nachfrist &amp;endet:</translation>
    </message>
</context>
<context>
    <name>buttcloud::FileChooser</name>
    <message>
        <source>ButtCloud pub archives (*.bcpub);;All files (*)</source>
        <translation>ButtCloud-Pub-Archive (*.bcpub);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>buttcloud::HubService</name>
    <message>
        <source>Choose the private key file.</source>
        <translation>Wählen Sie die Datei mit dem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an SSH private key.</source>
        <translation>%1 ist zu groß für einen privaten SSH-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is not an OpenSSH private key (ed25519, no passphrase).</source>
        <translation>%1 ist kein privater OpenSSH-Schlüssel (ed25519, ohne Passphrase).</translation>
    </message>
    <message>
        <source>Joining</source>
        <translation>Tritt bei</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Wird geleert</translation>
    </message>
    <message>
        <source>Drained</source>
        <translation>Geleert</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Wird entfernt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 pubs on %2 hubs: %3 of %4 reserved (%5 %), %6 free. Cost per pub: %7 a month.</source>
        <translation>%1 Pubs auf %2 Hubs: %3 von %4 reserviert (%5 %), %6 frei. Kosten je Pub: %7 im Monat.</translation>
    </message>
    <message>
        <source>Observed: a pub uses up to %1 (p95); with %2 % headroom a hub holds %3 pubs, %4 a month each.</source>
        <translation>Beobachtet: ein Pub braucht bis zu %1 (p95); mit %2 % Reserve fasst ein Hub %3 Pubs, je %4 im Monat.</translation>
    </message>
    <message numerus="yes">
        <source>Plan: add %n hub(s)</source>
        <translation>
            <numerusform>Plan: %n Hub hinzufügen</numerusform>
            <numerusform>Plan: %n Hubs hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan: remove %1</source>
        <translation>Plan: %1 entfernen</translation>
    </message>
    <message>
        <source>Plan: no change</source>
        <translation>Plan: keine Änderung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>With %n more pub(s): %1 hubs needed, %2 to add.</source>
        <translation>
            <numerusform>Mit %n Pub mehr: %1 Hubs nötig, %2 hinzuzufügen.</numerusform>
            <numerusform>Mit %n Pubs mehr: %1 Hubs nötig, %2 hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>A hub with that name or address exists already.</source>
        <translation>Ein Hub mit diesem Namen oder dieser Adresse existiert bereits.</translation>
    </message>
    <message>
        <source>Only a drained hub without pubs can be removed. Drain it first and wait until its pubs have moved.</source>
        <translation>Nur ein geleerter Hub ohne Pubs kann entfernt werden. Leeren Sie ihn zuerst und warten Sie, bis seine Pubs umgezogen sind.</translation>
    </message>
</context>
<context>
    <name>buttcloud::HubsModel</name>
    <message>
        <source>Host key %1</source>
        <translation>Host-Schlüssel %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>SSH address</source>
        <translation>SSH-Adresse</translation>
    </message>
    <message>
        <source>Pubs</source>
        <translation>Pubs</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>buttcloud::HubsPage</name>
    <message>
        <source>&amp;Add Hub…</source>
        <translation>Hub &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a hub</source>
        <translation>Einen Hub hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Drain…</source>
        <translation>&amp;Leeren…</translation>
    </message>
    <message>
        <source>Drain the selected hub</source>
        <translation>Den gewählten Hub leeren</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Remove the selected hub</source>
        <translation>Den gewählten Hub entfernen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh the hubs</source>
        <translation>Hubs aktualisieren</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Memory reserved and free per hub</source>
        <translation>Reservierter und freier Speicher je Hub</translation>
    </message>
    <message>
        <source>Memory per hub (GiB)</source>
        <translation>Speicher je Hub (GiB)</translation>
    </message>
    <message>
        <source>How many more pubs</source>
        <translation>Wie viele Pubs mehr</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>&amp;What if there were</source>
        <translation>&amp;Was wäre bei</translation>
    </message>
    <message>
        <source>more pubs?</source>
        <translation>Pubs mehr?</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Drain Hub</source>
        <translation>Hub leeren</translation>
    </message>
    <message numerus="yes">
        <source>Drain the hub “%1”? Its %n pub(s) move to other hubs and it takes no new ones.</source>
        <translation>
            <numerusform>Den Hub „%1“ leeren? Sein %n Pub zieht auf andere Hubs um, und er nimmt keine neuen an.</numerusform>
            <numerusform>Den Hub „%1“ leeren? Seine %n Pubs ziehen auf andere Hubs um, und er nimmt keine neuen an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not drain the hub</source>
        <translation>Hub konnte nicht geleert werden</translation>
    </message>
    <message>
        <source>Remove Hub</source>
        <translation>Hub entfernen</translation>
    </message>
    <message>
        <source>Remove the hub “%1” from the swarm? The machine itself is left as it is.</source>
        <translation>Den Hub „%1“ aus dem Schwarm entfernen? Die Maschine selbst bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Could not remove the hub</source>
        <translation>Hub konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>Run &amp;Command…</source>
        <translation>&amp;Befehl ausführen…</translation>
    </message>
    <message>
        <source>Run a read-only command on every pub of the selected hub</source>
        <translation>Einen nur lesenden Befehl auf jedem Pub des gewählten Hubs ausführen</translation>
    </message>
</context>
<context>
    <name>buttcloud::ImportPubDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the archive file</source>
        <translation>Archivdatei wählen</translation>
    </message>
    <message>
        <source>Import problem</source>
        <translation>Problem beim Import</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import the pub</source>
        <translation>Den Pub importieren</translation>
    </message>
    <message>
        <source>Import Pub</source>
        <translation>Pub importieren</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>Archivdatei</translation>
    </message>
    <message>
        <source>Name of the new pub</source>
        <translation>Name des neuen Pubs</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Fortschritt des Hochladens</translation>
    </message>
    <message>
        <source>&amp;Archive:</source>
        <translation>&amp;Archiv:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Hub to restore the pub on</source>
        <translation>Hub, auf dem der Pub wiederhergestellt wird</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
    <message>
        <source>Wherever the server chooses</source>
        <translation>Vom Server gewählt</translation>
    </message>
    <message>
        <source>The pub keeps the identity (feed id) of the archive. Archives are made by “Export…” on a pub.</source>
        <translation>Der Pub behält die Identität (Feed-ID) des Archivs. Archive entstehen mit „Exportieren…“ bei einem Pub.</translation>
    </message>
    <message>
        <source>Choose a Pub Archive</source>
        <translation>Pub-Archiv wählen</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Die Datei %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
</context>
<context>
    <name>buttcloud::InvoicesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bezahlt über</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
</context>
<context>
    <name>buttcloud::Job</name>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Create pub</source>
        <translation>Pub anlegen</translation>
    </message>
    <message>
        <source>Start pub</source>
        <translation>Pub starten</translation>
    </message>
    <message>
        <source>Stop pub</source>
        <translation>Pub stoppen</translation>
    </message>
    <message>
        <source>Update pub</source>
        <translation>Pub aktualisieren</translation>
    </message>
    <message>
        <source>Delete pub</source>
        <translation>Pub löschen</translation>
    </message>
    <message>
        <source>Remove orphaned service</source>
        <translation>Verwaisten Dienst entfernen</translation>
    </message>
    <message>
        <source>Join hub</source>
        <translation>Hub beitreten lassen</translation>
    </message>
    <message>
        <source>Drain hub</source>
        <translation>Hub leeren</translation>
    </message>
    <message>
        <source>Remove hub</source>
        <translation>Hub entfernen</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3, attempt %4 of %5)</source>
        <translation>%1: %2 (%3, Versuch %4 von %5)</translation>
    </message>
    <message>
        <source>Remove canceled pub (data kept)</source>
        <translation>Gekündigten Pub entfernen (Daten bleiben erhalten)</translation>
    </message>
    <message>
        <source>Export pub</source>
        <translation>Pub exportieren</translation>
    </message>
    <message>
        <source>Import pub</source>
        <translation>Pub importieren</translation>
    </message>
    <message>
        <source>Roll out image</source>
        <translation>Image ausrollen</translation>
    </message>
    <message>
        <source>Move pub</source>
        <translation>Pub verschieben</translation>
    </message>
</context>
<context>
    <name>buttcloud::JobProgressTracker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>buttcloud::JobService</name>
    <message>
        <source>Service missing</source>
        <translation>Dienst fehlt</translation>
    </message>
    <message>
        <source>Should run or stop</source>
        <translation>Sollte laufen oder stoppen</translation>
    </message>
    <message>
        <source>Spec drift</source>
        <translation>Abweichende Spezifikation</translation>
    </message>
    <message>
        <source>Orphaned service</source>
        <translation>Verwaister Dienst</translation>
    </message>
    <message>
        <source>Hub lost</source>
        <translation>Hub verloren</translation>
    </message>
    <message>
        <source>Only failed or canceled jobs can be retried.</source>
        <translation>Nur fehlgeschlagene oder abgebrochene Aufträge können wiederholt werden.</translation>
    </message>
    <message>
        <source>The job has already finished.</source>
        <translation>Der Auftrag ist bereits beendet.</translation>
    </message>
</context>
<context>
    <name>buttcloud::JobsModel</name>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>%1 (cancel requested)</source>
        <translation>%1 (Abbruch angefordert)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>buttcloud::JobsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh the jobs</source>
        <translation>Aufträge aktualisieren</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Retry the selected job</source>
        <translation>Den gewählten Auftrag wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel Job</source>
        <translation>Auftrag a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected job</source>
        <translation>Den gewählten Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Load &amp;Older</source>
        <translation>Ä&amp;ltere laden</translation>
    </message>
    <message>
        <source>Load older jobs</source>
        <translation>Ältere Aufträge laden</translation>
    </message>
    <message>
        <source>Check &amp;Now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <source>Compute the reconcile plan now</source>
        <translation>Den Abgleichsplan jetzt berechnen</translation>
    </message>
    <message>
        <source>Show jobs in state</source>
        <translation>Aufträge im Zustand anzeigen</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <source>Show jobs of kind</source>
        <translation>Aufträge der Art anzeigen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Reconcile plan</source>
        <translation>Abgleichsplan</translation>
    </message>
    <message>
        <source>Checked %1: the swarm matches the desired state.</source>
        <translation>Geprüft %1: der Schwarm entspricht dem gewünschten Zustand.</translation>
    </message>
    <message numerus="yes">
        <source>Checked %1: %n difference(s).</source>
        <translation>
            <numerusform>Geprüft %1: %n Abweichung.</numerusform>
            <numerusform>Geprüft %1: %n Abweichungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue and history</source>
        <translation>Warteschlange und Verlauf</translation>
    </message>
    <message>
        <source>Reconcile plan (dry run)</source>
        <translation>Abgleichsplan (Probelauf)</translation>
    </message>
</context>
<context>
    <name>buttcloud::LogLinesModel</name>
    <message>
        <source>stderr</source>
        <translation>stderr</translation>
    </message>
    <message>
        <source>stdout</source>
        <translation>stdout</translation>
    </message>
    <message>
        <source>This line was longer and has been cut.</source>
        <translation>Diese Zeile war länger und wurde gekürzt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>buttcloud::MainWindow</name>
    <message>
        <source>ButtCloud</source>
        <translation>ButtCloud</translation>
    </message>
    <message>
        <source>&amp;New Pub…</source>
        <translation>&amp;Neuer Pub…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Pub</source>
        <translation>&amp;Pub</translation>
    </message>
    <message>
        <source>Pubs</source>
        <translation>Pubs</translation>
    </message>
    <message>
        <source>Filter pubs</source>
        <translation>Pubs filtern</translation>
    </message>
    <message>
        <source>Filter by name, address or status</source>
        <translation>Nach Name, Adresse oder Status filtern</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) to %3</source>
        <translation>Angemeldet als %1 (%2) bei %3</translation>
    </message>
    <message>
        <source>Pub %1 is being created.</source>
        <translation>Pub %1 wird angelegt.</translation>
    </message>
    <message>
        <source>Could not start the pub</source>
        <translation>Pub konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Could not stop the pub</source>
        <translation>Pub konnte nicht gestoppt werden</translation>
    </message>
    <message>
        <source>Delete Pub</source>
        <translation>Pub löschen</translation>
    </message>
    <message>
        <source>Delete the pub “%1”? Its peers will no longer reach it at %2.</source>
        <translation>Den Pub „%1“ löschen? Seine Peers erreichen ihn dann nicht mehr unter %2.</translation>
    </message>
    <message>
        <source>Also delete its data (identity, messages and invites): this cannot be undone</source>
        <translation>Auch seine Daten löschen (Identität, Nachrichten und Einladungen): das kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Could not delete the pub</source>
        <translation>Pub konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Run &amp;Command…</source>
        <translation>&amp;Befehl ausführen…</translation>
    </message>
    <message>
        <source>Run a read-only command on the selected pubs</source>
        <translation>Einen nur lesenden Befehl auf den gewählten Pubs ausführen</translation>
    </message>
    <message>
        <source>&amp;Pubs</source>
        <translation>&amp;Pubs</translation>
    </message>
    <message>
        <source>&amp;Hubs</source>
        <translation>&amp;Hubs</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Aufträge</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>Au&amp;dit-Protokoll</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Hubs</source>
        <translation>Hubs</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Your email address is verified.</source>
        <translation>Ihre E-Mail-Adresse ist bestätigt.</translation>
    </message>
    <message>
        <source>A&amp;ccounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation>Abre&amp;chnung</translation>
    </message>
    <message>
        <source>Change &amp;Password…</source>
        <translation>&amp;Passwort ändern…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About ButtCloud</source>
        <translation>&amp;Über ButtCloud</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Your password is changed; every other sign-in of your account has ended.</source>
        <translation>Ihr Passwort ist geändert; alle anderen Anmeldungen Ihres Kontos sind beendet.</translation>
    </message>
    <message>
        <source>&amp;Rollouts</source>
        <translation>&amp;Rollouts</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>Rollouts</translation>
    </message>
</context>
<context>
    <name>buttcloud::MovePubDialog</name>
    <message>
        <source>Move problem</source>
        <translation>Problem beim Verschieben</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>Move the pub</source>
        <translation>Den Pub verschieben</translation>
    </message>
    <message>
        <source>Move Pub to Hub</source>
        <translation>Pub auf einen Hub verschieben</translation>
    </message>
    <message>
        <source>Hub to move the pub to</source>
        <translation>Hub, auf den der Pub verschoben wird</translation>
    </message>
    <message>
        <source>Move “%1” with its identity and data to another hub. It is stopped while its data is copied, and its old copy is removed only once it answers on the new hub.</source>
        <translation>„%1“ mit seiner Identität und seinen Daten auf einen anderen Hub verschieben. Er wird gestoppt, während seine Daten kopiert werden, und seine alte Kopie wird erst entfernt, wenn er auf dem neuen Hub antwortet.</translation>
    </message>
    <message>
        <source>&amp;Hub:</source>
        <translation>&amp;Hub:</translation>
    </message>
</context>
<context>
    <name>buttcloud::NewPlanDialog</name>
    <message>
        <source>New Plan</source>
        <translation>Neuer Tarif</translation>
    </message>
    <message>
        <source>&amp;Create Plan</source>
        <translation>Tarif &amp;anlegen</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Name des Tarifs</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Billed every</source>
        <translation>Abrechnung pro</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Free trial days</source>
        <translation>Tage kostenlose Testphase</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Memory per pub in MiB</source>
        <translation>Speicher je Pub in MiB</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>The server&apos;s default</source>
        <translation>Standard des Servers</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Price:</source>
        <translation>&amp;Preis:</translation>
    </message>
    <message>
        <source>Free &amp;trial:</source>
        <translation>Kostenlose &amp;Testphase:</translation>
    </message>
    <message>
        <source>&amp;Memory per pub:</source>
        <translation>&amp;Speicher je Pub:</translation>
    </message>
    <message>
        <source>Price, currency and interval cannot change later: retire the plan and make a new one.</source>
        <translation>Preis, Währung und Intervall lassen sich später nicht ändern: Stellen Sie den Tarif ein und legen Sie einen neuen an.</translation>
    </message>
    <message numerus="yes">
        <source>Type the price in %1 with at most %n decimal(s).</source>
        <translation>
            <numerusform>Geben Sie den Preis in %1 mit höchstens %n Nachkommastelle ein.</numerusform>
            <numerusform>Geben Sie den Preis in %1 mit höchstens %n Nachkommastellen ein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>buttcloud::NewRolloutDialog</name>
    <message>
        <source>&amp;Every pub</source>
        <translation>&amp;Alle Pubs</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n pub(s) &amp;selected in the pubs list</source>
        <translation>
            <numerusform>Nur der %n in der Pub-Liste &amp;gewählte Pub</numerusform>
            <numerusform>Nur die %n in der Pub-Liste &amp;gewählten Pubs</numerusform>
        </translation>
    </message>
    <message>
        <source>Rollout problem</source>
        <translation>Problem mit dem Rollout</translation>
    </message>
    <message>
        <source>S&amp;tart Rollout</source>
        <translation>Rollout s&amp;tarten</translation>
    </message>
    <message>
        <source>New Rollout</source>
        <translation>Neuer Rollout</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>e.g. buttcloud/pub:16.0.2</source>
        <translation>z. B. buttcloud/pub:16.0.2</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Gruppengröße</translation>
    </message>
    <message>
        <source>Pause between batches in seconds</source>
        <translation>Pause zwischen Gruppen in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Every pub</source>
        <translation>Alle Pubs</translation>
    </message>
    <message>
        <source>Only the selected pubs</source>
        <translation>Nur die gewählten Pubs</translation>
    </message>
    <message>
        <source>Start the rollout</source>
        <translation>Den Rollout starten</translation>
    </message>
    <message>
        <source>Pubs are updated a batch at a time, each keeping its identity; a pub that fails is rolled back and pauses the rollout.</source>
        <translation>Die Pubs werden gruppenweise aktualisiert und behalten dabei ihre Identität; schlägt ein Pub fehl, wird er auf sein bisheriges Image zurückgesetzt und der Rollout angehalten.</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image:</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>G&amp;ruppengröße:</translation>
    </message>
    <message>
        <source>&amp;Pause between batches:</source>
        <translation>&amp;Pause zwischen Gruppen:</translation>
    </message>
    <message>
        <source>Pubs:</source>
        <translation>Pubs:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>An image is written name:tag, e.g. buttcloud/pub:16.0.2: lowercase letters, digits, dots, hyphens and slashes in the name.</source>
        <translation>Ein Image wird als name:tag geschrieben, z. B. buttcloud/pub:16.0.2; im Namen sind Kleinbuchstaben, Ziffern, Punkte, Bindestriche und Schrägstriche erlaubt.</translation>
    </message>
</context>
<context>
    <name>buttcloud::OfflineBanner</name>
    <message>
        <source>Live updates status</source>
        <translation>Status der Live-Aktualisierungen</translation>
    </message>
    <message>
        <source>%1 Figures and statuses may be out of date; reconnecting…</source>
        <translation>%1 Werte und Status können veraltet sein; verbinde neu…</translation>
    </message>
</context>
<context>
    <name>buttcloud::PasswordResetDialog</name>
    <message>
        <source>&amp;Send Reset Link</source>
        <translation>Link &amp;senden</translation>
    </message>
    <message>
        <source>I &amp;Have a Link</source>
        <translation>Ich &amp;habe einen Link</translation>
    </message>
    <message>
        <source>&amp;Change Password</source>
        <translation>Passwort &amp;ändern</translation>
    </message>
    <message>
        <source>Password reset message</source>
        <translation>Meldung zum Zurücksetzen des Passworts</translation>
    </message>
    <message>
        <source>Reset Your Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>sie@example.org</translation>
    </message>
    <message>
        <source>Enter a reset link you already got by mail.</source>
        <translation>Einen Link zum Zurücksetzen eingeben, den Sie schon per E-Mail bekommen haben.</translation>
    </message>
    <message>
        <source>Reset link</source>
        <translation>Link zum Zurücksetzen</translation>
    </message>
    <message>
        <source>buttcloud://reset-password?token=…</source>
        <translation>buttcloud://reset-password?token=…</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>mindestens %1 Zeichen</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Enter the email address of your account. If it has one, the server mails a link to set a new password.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein. Gehört sie zu einem Konto, schickt der Server einen Link, mit dem Sie ein neues Passwort festlegen.</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Reset &amp;link:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Paste the link from the password reset mail, or the code after token=.</source>
        <translation>Fügen Sie den Link aus der E-Mail zum Zurücksetzen des Passworts ein oder den Code nach token=.</translation>
    </message>
    <message>
        <source>Choose a new password for your account.</source>
        <translation>Wählen Sie ein neues Passwort für Ihr Konto.</translation>
    </message>
    <message>
        <source>Check your mail. If %1 has an account, a link to reset its password is on its way; it works for an hour. Paste the link or the code after token= here.</source>
        <translation>Sehen Sie in Ihre E-Mails. Hat %1 ein Konto, ist ein Link zum Zurücksetzen des Passworts unterwegs; er gilt eine Stunde. Fügen Sie hier den Link oder den Code nach token= ein.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PastDueModel</name>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Grace ends</source>
        <translation>Nachfrist endet</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Fälliger Betrag</translation>
    </message>
</context>
<context>
    <name>buttcloud::PlansModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Free trial</source>
        <translation>Kostenlose Testphase</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Angeboten</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Eingestellt</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubAlertNotifier</name>
    <message>
        <source>Pub %1 ran out of memory</source>
        <translation>Pub %1 hat keinen Speicher mehr</translation>
    </message>
    <message>
        <source>Docker stopped the pub “%1” because it used all of its memory. %2</source>
        <translation>Docker hat den Pub „%1“ gestoppt, weil er seinen ganzen Speicher verbraucht hat. %2</translation>
    </message>
    <message>
        <source>Pub %1 is down</source>
        <translation>Pub %1 ist ausgefallen</translation>
    </message>
    <message>
        <source>The pub “%1” stopped while it should run.</source>
        <translation>Der Pub „%1“ ist gestoppt, obwohl er laufen sollte.</translation>
    </message>
    <message>
        <source>The pub “%1” stopped while it should run: %2</source>
        <translation>Der Pub „%1“ ist gestoppt, obwohl er laufen sollte: %2</translation>
    </message>
    <message>
        <source>More pubs are in trouble</source>
        <translation>Weitere Pubs haben Probleme</translation>
    </message>
    <message>
        <source>Several pubs went down within a minute; the pubs list shows which.</source>
        <translation>Mehrere Pubs sind innerhalb einer Minute ausgefallen; die Pub-Liste zeigt, welche.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubCustodyActions</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Pub…</source>
        <translation>Pub &amp;importieren…</translation>
    </message>
    <message>
        <source>Mo&amp;ve to Hub…</source>
        <translation>Auf anderen Hub &amp;verschieben…</translation>
    </message>
    <message>
        <source>Save the pub&apos;s identity and data to an archive file</source>
        <translation>Identität und Daten des Pubs in einer Archivdatei speichern</translation>
    </message>
    <message>
        <source>Make a pub from an archive file, keeping its identity</source>
        <translation>Einen Pub aus einer Archivdatei anlegen und dabei seine Identität behalten</translation>
    </message>
    <message>
        <source>Move the pub with its identity and data to another hub</source>
        <translation>Den Pub mit seiner Identität und seinen Daten auf einen anderen Hub verschieben</translation>
    </message>
    <message>
        <source>Could not export the pub</source>
        <translation>Pub konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>The export of “%1” did not finish.</source>
        <translation>Der Export von „%1“ wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The export of “%1” failed: %2</source>
        <translation>Der Export von „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Save the Archive of %1</source>
        <translation>Archiv von %1 speichern</translation>
    </message>
    <message>
        <source>The archive of %1 was not saved; export the pub again to save it later.</source>
        <translation>Das Archiv von %1 wurde nicht gespeichert; exportieren Sie den Pub erneut, um es später zu speichern.</translation>
    </message>
    <message>
        <source>Saving the archive of %1: %2 of %3</source>
        <translation>Archiv von %1 wird gespeichert: %2 von %3</translation>
    </message>
    <message>
        <source>Saving the archive of %1: %2</source>
        <translation>Archiv von %1 wird gespeichert: %2</translation>
    </message>
    <message>
        <source>Could not save the archive</source>
        <translation>Das Archiv konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>The archive of %1 is saved to %2. Keep it private: it holds the pub&apos;s identity.</source>
        <translation>Das Archiv von %1 ist unter %2 gespeichert. Halten Sie es geheim: Es enthält die Identität des Pubs.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubLogFeed</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubLogView</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Search the lines</source>
        <translation>Zeilen durchsuchen</translation>
    </message>
    <message>
        <source>Search the log lines</source>
        <translation>Die Protokollzeilen durchsuchen</translation>
    </message>
    <message>
        <source>Pause following the log</source>
        <translation>Das Mitverfolgen des Protokolls anhalten</translation>
    </message>
    <message>
        <source>Copy the selected lines, or all shown</source>
        <translation>Die gewählten Zeilen kopieren oder alle angezeigten</translation>
    </message>
    <message>
        <source>Save the shown lines to a file</source>
        <translation>Die angezeigten Zeilen in einer Datei speichern</translation>
    </message>
    <message>
        <source>Read the newest lines again</source>
        <translation>Die neuesten Zeilen erneut lesen</translation>
    </message>
    <message>
        <source>Log status</source>
        <translation>Protokollstatus</translation>
    </message>
    <message>
        <source>Log lines</source>
        <translation>Protokollzeilen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Could not read the log: %1</source>
        <translation>Das Protokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Paused: %n new line(s) waiting.</source>
        <translation>
            <numerusform>Angehalten: %n neue Zeile wartet.</numerusform>
            <numerusform>Angehalten: %n neue Zeilen warten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching line(s) of %1.</source>
        <translation>
            <numerusform>%n passende Zeile von %1.</numerusform>
            <numerusform>%n passende Zeilen von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Following live: %n line(s).</source>
        <translation>
            <numerusform>Live mitverfolgt: %n Zeile.</numerusform>
            <numerusform>Live mitverfolgt: %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save Log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>pub-log.txt</source>
        <translation>pub-protokoll.txt</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Could not save the log</source>
        <translation>Das Protokoll konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubName</name>
    <message numerus="yes">
        <source>A name has at most %n characters.</source>
        <translation>
            <numerusform>Ein Name hat höchstens %n Zeichen.</numerusform>
            <numerusform>Ein Name hat höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Use only lowercase letters a-z, digits and hyphens.</source>
        <translation>Nur Kleinbuchstaben a-z, Ziffern und Bindestriche.</translation>
    </message>
    <message>
        <source>A name cannot start or end with a hyphen.</source>
        <translation>Ein Name darf nicht mit einem Bindestrich beginnen oder enden.</translation>
    </message>
    <message>
        <source>Enter a valid name.</source>
        <translation>Geben Sie einen gültigen Namen ein.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubPage</name>
    <message>
        <source>%1 — ButtCloud</source>
        <translation>%1 — ButtCloud</translation>
    </message>
    <message>
        <source>Pub sections</source>
        <translation>Pub-Bereiche</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Co&amp;mmands</source>
        <translation>Be&amp;fehle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 % of one core</source>
        <translation>%1 % eines Kerns</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&amp;Logs</source>
        <translation>&amp;Protokolle</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Pinned to hub</source>
        <translation>An Hub gebunden</translation>
    </message>
    <message>
        <source>None: any node may run it</source>
        <translation>Keiner: jeder Knoten darf ihn ausführen</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubService</name>
    <message>
        <source>That pub name is taken.</source>
        <translation>Dieser Pub-Name ist vergeben.</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubTimelineView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Load &amp;older</source>
        <translation>Ä&amp;ltere laden</translation>
    </message>
    <message>
        <source>Show entries from</source>
        <translation>Einträge anzeigen von</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Read the newest entries again</source>
        <translation>Die neuesten Einträge erneut lesen</translation>
    </message>
    <message>
        <source>Load older entries</source>
        <translation>Ältere Einträge laden</translation>
    </message>
    <message>
        <source>Timeline status</source>
        <translation>Status der Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline entries</source>
        <translation>Einträge der Zeitleiste</translation>
    </message>
    <message>
        <source>Could not read the timeline: %1</source>
        <translation>Die Zeitleiste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>%n Eintrag angezeigt.</numerusform>
            <numerusform>%n Einträge angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>buttcloud::PubWebLinks</name>
    <message>
        <source>Landing page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>Web view</source>
        <translation>Webansicht</translation>
    </message>
    <message>
        <source>Git repositories</source>
        <translation>Git-Repositorys</translation>
    </message>
</context>
<context>
    <name>buttcloud::PubsModel</name>
    <message>
        <source>Not deployed</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Startet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation>Stoppt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Wird entfernt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Pinned to hub %1</source>
        <translation>An Hub %1 gebunden</translation>
    </message>
</context>
<context>
    <name>buttcloud::ReconcilePlanModel</name>
    <message>
        <source>%1 (would be queued)</source>
        <translation>%1 (würde eingereiht)</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Pub or service</source>
        <translation>Pub oder Dienst</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheit</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>handled by job %1</source>
        <translation>wird von Auftrag %1 erledigt</translation>
    </message>
</context>
<context>
    <name>buttcloud::RecordPaymentDialog</name>
    <message>
        <source>Record a Payment for %1</source>
        <translation>Zahlung für %1 erfassen</translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation>Zahlung &amp;erfassen</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>e.g. bank transfer of 24 November</source>
        <translation>z. B. Überweisung vom 24. November</translation>
    </message>
    <message>
        <source>A payment received outside ButtCloud (e.g. a bank transfer). It is recorded as a paid invoice and a suspended pub starts again.</source>
        <translation>Eine außerhalb von ButtCloud erhaltene Zahlung (z. B. eine Überweisung). Sie wird als bezahlte Rechnung erfasst, und ein gesperrter Pub startet wieder.</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>The currency is a three-letter code such as EUR.</source>
        <translation>Die Währung ist ein Code aus drei Buchstaben wie EUR.</translation>
    </message>
    <message numerus="yes">
        <source>Type the amount in %1 with at most %n decimal(s), e.g. %2.</source>
        <translation>
            <numerusform>Geben Sie den Betrag in %1 mit höchstens %n Nachkommastelle ein, z. B. %2.</numerusform>
            <numerusform>Geben Sie den Betrag in %1 mit höchstens %n Nachkommastellen ein, z. B. %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>buttcloud::RevenueModel</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
</context>
<context>
    <name>buttcloud::RolloutPubsModel</name>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>From image</source>
        <translation>Bisheriges Image</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>buttcloud::RolloutService</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Another rollout is still running or paused: stop it or let it finish first.</source>
        <translation>Ein anderer Rollout läuft noch oder ist angehalten: Stoppen Sie ihn oder lassen Sie ihn zuerst zu Ende laufen.</translation>
    </message>
    <message>
        <source>The rollout is not running.</source>
        <translation>Der Rollout läuft nicht.</translation>
    </message>
    <message>
        <source>The rollout is not paused.</source>
        <translation>Der Rollout ist nicht angehalten.</translation>
    </message>
    <message>
        <source>The rollout has already ended.</source>
        <translation>Der Rollout ist bereits beendet.</translation>
    </message>
</context>
<context>
    <name>buttcloud::RolloutsModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Gruppengröße</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>buttcloud::RolloutsPage</name>
    <message>
        <source>&amp;New Rollout…</source>
        <translation>&amp;Neuer Rollout…</translation>
    </message>
    <message>
        <source>Start a new rollout</source>
        <translation>Einen neuen Rollout starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Pause the selected rollout</source>
        <translation>Den gewählten Rollout anhalten</translation>
    </message>
    <message>
        <source>Re&amp;sume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Resume the selected rollout</source>
        <translation>Den gewählten Rollout fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>S&amp;toppen…</translation>
    </message>
    <message>
        <source>Stop the selected rollout</source>
        <translation>Den gewählten Rollout stoppen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh the rollouts</source>
        <translation>Rollouts aktualisieren</translation>
    </message>
    <message>
        <source>Rollouts problem</source>
        <translation>Problem mit den Rollouts</translation>
    </message>
    <message>
        <source>Rollouts</source>
        <translation>Rollouts</translation>
    </message>
    <message>
        <source>Pubs of the selected rollout</source>
        <translation>Pubs des gewählten Rollouts</translation>
    </message>
    <message>
        <source>Selected rollout</source>
        <translation>Gewählter Rollout</translation>
    </message>
    <message>
        <source>No rollouts yet.</source>
        <translation>Noch keine Rollouts.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2, %3 of %n pub(s) updated, %4 at a time, %5 s between batches.</source>
        <translation>
            <numerusform>%1: %2, %3 von %n Pub aktualisiert, %4 pro Gruppe, %5 s zwischen den Gruppen.</numerusform>
            <numerusform>%1: %2, %3 von %n Pubs aktualisiert, %4 pro Gruppe, %5 s zwischen den Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not pause the rollout</source>
        <translation>Rollout konnte nicht angehalten werden</translation>
    </message>
    <message>
        <source>Could not resume the rollout</source>
        <translation>Rollout konnte nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>Stop Rollout</source>
        <translation>Rollout stoppen</translation>
    </message>
    <message>
        <source>Stop the rollout of %1? Pubs already updated keep the new image; the others keep theirs.</source>
        <translation>Den Rollout von %1 stoppen? Bereits aktualisierte Pubs behalten das neue Image, die anderen ihr bisheriges.</translation>
    </message>
    <message>
        <source>Could not stop the rollout</source>
        <translation>Rollout konnte nicht gestoppt werden</translation>
    </message>
</context>
<context>
    <name>buttcloud::Session</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Sie sind nicht angemeldet.</translation>
    </message>
    <message>
        <source>No keychain is available, so ButtCloud cannot remember you. You will need to sign in next time.</source>
        <translation>Kein Schlüsselbund verfügbar, daher kann ButtCloud Sie nicht angemeldet halten. Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>No keychain is available (%1), so ButtCloud cannot remember you. You will need to sign in next time.</source>
        <translation>Kein Schlüsselbund verfügbar (%1), daher kann ButtCloud Sie nicht angemeldet halten. Sie müssen sich beim nächsten Mal erneut anmelden.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
</context>
<context>
    <name>buttcloud::SettingsDialog</name>
    <message>
        <source>Tell me on the desktop when a pub goes &amp;down or runs out of memory</source>
        <translation>Auf dem Desktop melden, wenn ein Pub &amp;ausfällt oder keinen Speicher mehr hat</translation>
    </message>
    <message>
        <source>&amp;Save Profile</source>
        <translation>Profil &amp;speichern</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>S&amp;witch To</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <source>Server profile message</source>
        <translation>Meldung zum Serverprofil</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The windows are rebuilt in the new language when you press OK; open pub windows close.</source>
        <translation>Die Fenster werden in der neuen Sprache neu aufgebaut, wenn Sie OK drücken; offene Pub-Fenster werden geschlossen.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Server profiles</source>
        <translation>Serverprofile</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Fleet, Home</source>
        <translation>z. B. Flotte, Zuhause</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>https://buttcloud.example.org</source>
        <translation>https://buttcloud.example.org</translation>
    </message>
    <message>
        <source>Sign out and sign in to this server</source>
        <translation>Abmelden und bei diesem Server anmelden</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>%1 — %2 (current)</source>
        <translation>%1 — %2 (aktuell)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The address must be an http:// or https:// URL of a ButtCloud server.</source>
        <translation>Die Adresse muss eine http://- oder https://-URL eines ButtCloud-Servers sein.</translation>
    </message>
    <message>
        <source>Profile “%1” saved.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Profile “%1” removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>buttcloud::SignInDialog</name>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer &amp;angemeldet bleiben</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Sign in to ButtCloud</source>
        <translation>Bei ButtCloud anmelden</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>sie@example.org</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Remember me</source>
        <translation>Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps a sign-in token in the system keychain, never the password.</source>
        <translation>Speichert ein Anmelde-Token im Schlüsselbund des Systems, nie das Passwort.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>Enter the email address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Passwort &amp;vergessen?</translation>
    </message>
    <message>
        <source>Your password is changed and every earlier sign-in ended. Sign in with the new password.</source>
        <translation>Ihr Passwort ist geändert und alle früheren Anmeldungen sind beendet. Melden Sie sich mit dem neuen Passwort an.</translation>
    </message>
    <message>
        <source>Your email address is verified. Sign in to continue.</source>
        <translation>Ihre E-Mail-Adresse ist bestätigt. Melden Sie sich an, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>buttcloud::StatsChartsView</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Pause live charts</source>
        <translation>Live-Diagramme anhalten</translation>
    </message>
    <message>
        <source>Export the shown samples as CSV</source>
        <translation>Angezeigte Messwerte als CSV exportieren</translation>
    </message>
    <message>
        <source>Values under the mouse</source>
        <translation>Werte unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>% of one core</source>
        <translation>% eines Kerns</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Belegt</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>KiB/s</source>
        <translation>KiB/s</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>Block-E/A</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Geschrieben</translation>
    </message>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Resume live charts</source>
        <translation>Live-Diagramme fortsetzen</translation>
    </message>
    <message>
        <source>Export Samples</source>
        <translation>Messwerte exportieren</translation>
    </message>
    <message>
        <source>pub-stats.csv</source>
        <translation>pub-statistik.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not export the samples</source>
        <translation>Die Messwerte konnten nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 · CPU %2 % · Memory %3 of %4 · Network ↓ %5/s ↑ %6/s · Disk read %7/s, write %8/s</source>
        <translation>%1 · CPU %2 % · Speicher %3 von %4 · Netzwerk ↓ %5/s ↑ %6/s · Platte gelesen %7/s, geschrieben %8/s</translation>
    </message>
</context>
<context>
    <name>buttcloud::StatsCsv</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>buttcloud::SubscribeDialog</name>
    <message>
        <source>Subscribe %1</source>
        <translation>Abonnement für %1 abschließen</translation>
    </message>
    <message>
        <source>&amp;Subscribe</source>
        <translation>&amp;Abonnieren</translation>
    </message>
</context>
<context>
    <name>buttcloud::SubscriptionsModel</name>
    <message>
        <source>Pub</source>
        <translation>Pub</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Next payment</source>
        <translation>Nächste Zahlung</translation>
    </message>
    <message>
        <source>Grace ends</source>
        <translation>Nachfrist endet</translation>
    </message>
    <message>
        <source>No subscription</source>
        <translation>Kein Abonnement</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 (free of charge)</source>
        <translation>%1 (kostenlos)</translation>
    </message>
</context>
<context>
    <name>buttcloud::TimelineModel</name>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>buttcloud::UsersModel</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Email not verified</source>
        <translation>E-Mail nicht bestätigt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>buttcloud::VerifyEmailBanner</name>
    <message>
        <source>Email verification</source>
        <translation>E-Mail-Bestätigung</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>Verify email address</source>
        <translation>E-Mail-Adresse bestätigen</translation>
    </message>
    <message>
        <source>Your email address %1 is not verified yet. Open the link in the welcome mail, or choose Verify… and paste it.</source>
        <translation>Ihre E-Mail-Adresse %1 ist noch nicht bestätigt. Öffnen Sie den Link in der Willkommens-E-Mail oder wählen Sie „Bestätigen…“ und fügen Sie ihn ein.</translation>
    </message>
</context>
<context>
    <name>buttcloud::VerifyEmailDialog</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Verification message</source>
        <translation>Bestätigungsmeldung</translation>
    </message>
    <message>
        <source>Verify Your Email Address</source>
        <translation>E-Mail-Adresse bestätigen</translation>
    </message>
    <message>
        <source>Paste the link from the welcome mail, or the code after token=.</source>
        <translation>Fügen Sie den Link aus der Willkommens-E-Mail ein oder den Code nach token=.</translation>
    </message>
    <message>
        <source>Verification link</source>
        <translation>Bestätigungslink</translation>
    </message>
    <message>
        <source>buttcloud://verify-email?token=…</source>
        <translation>buttcloud://verify-email?token=…</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Link:</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Run Scuttlebutt pubs on ButtCloud.</source>
        <translation>Scuttlebutt-Pubs auf ButtCloud betreiben.</translation>
    </message>
    <message>
        <source>Sign in to the server at &lt;url&gt;.</source>
        <translation>Beim Server unter &lt;url&gt; anmelden.</translation>
    </message>
    <message>
        <source>A link from a ButtCloud mail (buttcloud://verify-email?token=... or buttcloud://reset-password?token=...) to open.</source>
        <translation>Ein zu öffnender Link aus einer ButtCloud-E-Mail (buttcloud://verify-email?token=... oder buttcloud://reset-password?token=...).</translation>
    </message>
</context>
</TS>
