### Hilfetelefone (content/resources.yaml) in der Sprache der lesenden Person: Namen, Nummern und
### Adressen bleiben, wie die Stellen sie schreiben; Zeiten, SMS und was sie anbieten stehen hier.

## hours and texting
help-hours-always = rund um die Uhr
help-hours-weekdays = werktags; Zeiten auf der Website
help-sms = SMS an { $number }
help-sms_word = SMS mit { $word } an { $number }

## what each line offers
# National Domestic Violence Hotline
help-what-confidential-advocates-also-talk-with-people-who-are = Die vertraulichen Beraterinnen und Berater sprechen auch mit Menschen, die sich Sorgen machen, wie sie mit ihrem Partner oder ihrer Partnerin umgehen.
# AAMFT TherapistLocator
help-what-directory-of-marriage-and-family-therapists-run-by = Verzeichnis von Paar- und Familientherapeutinnen und -therapeuten der American Association for Marriage and Family Therapy.
# Respect Phoneline
help-what-confidential-helpline-for-people-who-are-worried-about = Vertrauliches Beratungstelefon für Menschen, die befürchten, in ihrer Beziehung gewalttätig zu werden, und sich ändern wollen.
# Relate
help-what-uk-charity-offering-couples-counselling-in-person-by = Britische gemeinnützige Organisation mit Paarberatung vor Ort, am Telefon und online.
# MOVE Ireland
help-what-programmes-for-men-who-want-to-stop-being = Programme für Männer, die aufhören wollen, gegenüber ihrer Partnerin oder ihrem Partner gewalttätig zu sein.
# ShelterSafe
help-what-map-of-shelters-and-transition-houses-for-women = Karte der Frauenhäuser und Übergangswohnungen für Frauen und Kinder in ganz Kanada.
# SOS violence conjugale (Québec)
help-what-also-listens-to-people-who-are-worried-about = Hört auch Menschen zu, die sich Sorgen über ihr eigenes Verhalten machen, und vermittelt ihnen Hilfe.
# À cœur d'homme (Québec)
help-what-network-of-quebec-organisations-that-help-men-stop = Netzwerk von Organisationen in Québec, die Männern helfen, in ihren Beziehungen keine Gewalt mehr auszuüben.
# Men's Referral Service (No to Violence)
help-what-counselling-and-referrals-for-men-who-use-violence = Beratung und Vermittlung für Männer, die Gewalt oder Kontrolle ausüben und sich ändern wollen.
# MensLine Australia
help-what-phone-and-online-counselling-for-men-including-men = Beratung für Männer am Telefon und online, auch für Männer, die keine Gewalt mehr ausüben wollen.
# Relationships Australia
help-what-national-not-for-profit-offering-couples-counselling-and = Landesweite gemeinnützige Organisation mit Paarberatung und Kursen rund um die Beziehung.
# Family Violence Information Line (Are You OK)
help-what-information-and-referrals-including-for-people-who-want = Informationen und Vermittlung, auch für Menschen, die ihr Verhalten ändern wollen.
# BAG Täterarbeit Häusliche Gewalt
help-what-directory-of-counselling-services-across-germany-for-people = Verzeichnis von Beratungsstellen in ganz Deutschland für Menschen, die in der Partnerschaft Gewalt ausüben.
# pro familia
help-what-counselling-centres-across-germany-including-advice-for-couples = Beratungsstellen in ganz Deutschland, auch mit Paarberatung.
# Männerinfo
help-what-free-anonymous-helpline-for-men-including-men-who = Kostenlose, anonyme Beratung für Männer, auch für Männer, die keine Gewalt mehr ausüben wollen.
# Familienberatung
help-what-government-directory-of-free-publicly-funded-family-and = Staatliches Verzeichnis kostenloser, öffentlich geförderter Familien- und Paarberatungsstellen.
# Opferhilfe Schweiz / Aide aux victimes
help-what-directory-of-the-cantonal-victim-support-centres-their = Verzeichnis der kantonalen Opferhilfe-Beratungsstellen; die Beratung ist kostenlos und vertraulich.
# Fachverband Gewaltberatung Schweiz
help-what-directory-of-counselling-services-across-switzerland-for-people = Verzeichnis von Beratungsstellen in der ganzen Schweiz für Menschen, die Gewalt ausüben.
# Ligne d'écoute pour auteurs de violences (FNACAV)
help-what-national-line-for-people-who-are-violent-to = Landesweites Telefon für Menschen, die in ihrer Partnerschaft gewalttätig sind und Hilfe suchen, um damit aufzuhören.
# Veilig Thuis
help-what-also-gives-advice-to-people-who-use-violence = Berät auch Menschen, die zu Hause Gewalt ausüben und damit aufhören wollen.
# Red Nacional de Refugios
help-what-national-network-of-shelters-and-support-centres-for = Landesweites Netz von Schutzhäusern und Beratungsstellen für Frauen und Kinder, die Gewalt erleben.
# Écoute Violences Conjugales
help-what-also-listens-to-people-who-are-violent-to = Hört auch Menschen zu, die in ihrer Partnerschaft gewalttätig sind, und zeigt ihnen Wege zur Hilfe.
# 1712 (Flanders)
help-what-also-helps-people-who-use-violence-and-want = Hilft auch Menschen, die Gewalt ausüben und damit aufhören wollen.
# Riicht Eraus (Croix-Rouge luxembourgeoise)
help-what-counselling-for-people-who-use-violence-and-want = Beratung für Menschen, die Gewalt ausüben und damit aufhören wollen.
# Find A Helpline
help-what-free-confidential-helplines-in-many-countries-searchable-by = Kostenlose, vertrauliche Hilfetelefone in vielen Ländern, nach Land und Thema durchsuchbar.
# Find A Helpline
help-what-search-by-country-for-domestic-violence-and-abuse = Hilfetelefone bei häuslicher Gewalt und Missbrauch, nach Land durchsuchbar.
# Hot Peach Pages
help-what-worldwide-list-of-domestic-violence-agencies-and-hotlines = Weltweite Liste von Anlaufstellen und Hilfetelefonen bei häuslicher Gewalt.
# OurRelationship
help-what-online-programme-for-couples-about-7-hours-based = Online-Programm für Paare, etwa 7 Stunden, beruht auf der Integrativen Verhaltenstherapie für Paare und ist in klinischen Studien geprüft.
# The Gottman Institute
help-what-research-based-workshops-online-courses-and-exercises-for = Wissenschaftlich fundierte Workshops, Online-Kurse und Übungen für Paare.
# PREPARE/ENRICH
help-what-relationship-assessment-and-skill-building-sessions-taken-with = Eine Bestandsaufnahme eurer Beziehung und Übungsstunden, begleitet von einer geschulten Fachperson.
# ICF Credentialed Coach Finder
help-what-international-coaching-federation-directory-of-credentialed-coaches-search = Verzeichnis zertifizierter Coaches der International Coaching Federation; such nach Beziehungscoaching.
# ICEEFT: Find an EFT therapist
help-what-worldwide-directory-of-therapists-trained-in-emotionally-focused = Weltweites Verzeichnis von Therapeutinnen und Therapeuten mit Ausbildung in Emotionsfokussierter Paartherapie.
# Gottman Referral Network
help-what-directory-of-couples-therapists-trained-in-the-gottman = Verzeichnis von Paartherapeutinnen und -therapeuten mit Ausbildung in der Gottman-Methode, in vielen Ländern.
# Psychology Today
help-what-therapist-directory-for-many-countries-filter-by-couples = Therapieverzeichnis für viele Länder; filtere nach Paartherapie oder Eheberatung.
# Psychology Today
help-what-therapist-directory-for-many-countries-filter-by-the = Therapieverzeichnis für viele Länder; filtere nach den Themen, die dir wichtig sind.
# Open Path Collective (US)
help-what-lower-cost-individual-therapy-with-licensed-therapists-in = Günstigere Einzeltherapie bei zugelassenen Therapeutinnen und Therapeuten in den USA.
# BACP Therapist Directory (UK)
help-what-directory-of-registered-counsellors-and-psychotherapists-in-the = Verzeichnis registrierter Beraterinnen, Berater und Psychotherapeuten im Vereinigten Königreich.
