### Lignes d'aide (content/resources.yaml) dans la langue de la personne qui lit : noms, numéros et
### adresses restent tels que les services les écrivent ; horaires, SMS et ce qu'elles proposent sont ici.

## hours and texting
help-hours-always = 24 h/24, 7 j/7
help-hours-weekdays = en semaine ; horaires sur le site
help-sms = SMS au { $number }
help-sms_word = Envoie { $word } au { $number }

## what each line offers
# National Domestic Violence Hotline
help-what-confidential-advocates-also-talk-with-people-who-are = Ses conseillers, en toute confidentialité, parlent aussi avec les personnes inquiètes de la façon dont elles traitent leur partenaire.
# AAMFT TherapistLocator
help-what-directory-of-marriage-and-family-therapists-run-by = Annuaire de thérapeutes de couple et de famille tenu par l'American Association for Marriage and Family Therapy.
# Respect Phoneline
help-what-confidential-helpline-for-people-who-are-worried-about = Ligne d'écoute confidentielle pour les personnes qui craignent d'être violentes envers leur partenaire et veulent changer.
# Relate
help-what-uk-charity-offering-couples-counselling-in-person-by = Association britannique qui propose des consultations de couple en personne, par téléphone et en ligne.
# MOVE Ireland
help-what-programmes-for-men-who-want-to-stop-being = Programmes pour les hommes qui veulent cesser d'être violents envers leur partenaire.
# ShelterSafe
help-what-map-of-shelters-and-transition-houses-for-women = Carte des maisons d'hébergement et de transition pour les femmes et les enfants partout au Canada.
# SOS violence conjugale (Québec)
help-what-also-listens-to-people-who-are-worried-about = Écoute aussi les personnes inquiètes de leur propre comportement et les oriente vers de l'aide.
# À cœur d'homme (Québec)
help-what-network-of-quebec-organisations-that-help-men-stop = Réseau d'organismes québécois qui aident les hommes à cesser d'avoir recours à la violence dans leurs relations.
# Men's Referral Service (No to Violence)
help-what-counselling-and-referrals-for-men-who-use-violence = Écoute et orientation pour les hommes qui ont recours à la violence ou au contrôle et veulent changer.
# MensLine Australia
help-what-phone-and-online-counselling-for-men-including-men = Écoute par téléphone et en ligne pour les hommes, y compris ceux qui veulent cesser d'être violents.
# Relationships Australia
help-what-national-not-for-profit-offering-couples-counselling-and = Organisme national à but non lucratif qui propose des consultations de couple et des ateliers sur la relation.
# Family Violence Information Line (Are You OK)
help-what-information-and-referrals-including-for-people-who-want = Informations et orientation, y compris pour les personnes qui veulent changer leur comportement.
# BAG Täterarbeit Häusliche Gewalt
help-what-directory-of-counselling-services-across-germany-for-people = Annuaire des services d'accompagnement dans toute l'Allemagne pour les personnes violentes envers leur partenaire.
# pro familia
help-what-counselling-centres-across-germany-including-advice-for-couples = Centres de consultation dans toute l'Allemagne, y compris des conseils pour les couples.
# Männerinfo
help-what-free-anonymous-helpline-for-men-including-men-who = Ligne gratuite et anonyme pour les hommes, y compris ceux qui veulent cesser d'être violents.
# Familienberatung
help-what-government-directory-of-free-publicly-funded-family-and = Annuaire officiel des centres de conseil familial et conjugal gratuits, financés par l'État.
# Opferhilfe Schweiz / Aide aux victimes
help-what-directory-of-the-cantonal-victim-support-centres-their = Annuaire des centres cantonaux d'aide aux victimes ; leurs conseils sont gratuits et confidentiels.
# Fachverband Gewaltberatung Schweiz
help-what-directory-of-counselling-services-across-switzerland-for-people = Annuaire des services d'accompagnement dans toute la Suisse pour les personnes qui ont recours à la violence.
# Ligne d'écoute pour auteurs de violences (FNACAV)
help-what-national-line-for-people-who-are-violent-to = Ligne nationale pour les personnes violentes envers leur partenaire qui veulent de l'aide pour arrêter.
# Veilig Thuis
help-what-also-gives-advice-to-people-who-use-violence = Conseille aussi les personnes qui sont violentes à la maison et veulent arrêter.
# Red Nacional de Refugios
help-what-national-network-of-shelters-and-support-centres-for = Réseau national de refuges et de centres d'aide pour les femmes et les enfants victimes de violence.
# Écoute Violences Conjugales
help-what-also-listens-to-people-who-are-violent-to = Écoute aussi les personnes violentes envers leur partenaire et les oriente vers de l'aide.
# 1712 (Flanders)
help-what-also-helps-people-who-use-violence-and-want = Aide aussi les personnes qui ont recours à la violence et veulent arrêter.
# Riicht Eraus (Croix-Rouge luxembourgeoise)
help-what-counselling-for-people-who-use-violence-and-want = Accompagnement pour les personnes qui ont recours à la violence et veulent arrêter.
# Find A Helpline
help-what-free-confidential-helplines-in-many-countries-searchable-by = Lignes d'écoute gratuites et confidentielles dans de nombreux pays, avec recherche par pays et par thème.
# Find A Helpline
help-what-search-by-country-for-domestic-violence-and-abuse = Recherche par pays de lignes d'écoute contre les violences conjugales et les abus.
# Hot Peach Pages
help-what-worldwide-list-of-domestic-violence-agencies-and-hotlines = Liste mondiale d'organismes et de lignes d'écoute contre les violences conjugales.
# OurRelationship
help-what-online-programme-for-couples-about-7-hours-based = Programme en ligne pour les couples, environ 7 heures, fondé sur la thérapie comportementale intégrative de couple et testé lors d'essais cliniques.
# The Gottman Institute
help-what-research-based-workshops-online-courses-and-exercises-for = Ateliers, cours en ligne et exercices pour les couples, fondés sur la recherche.
# PREPARE/ENRICH
help-what-relationship-assessment-and-skill-building-sessions-taken-with = Un bilan de votre relation et des séances pour développer vos compétences, avec un animateur formé.
# ICF Credentialed Coach Finder
help-what-international-coaching-federation-directory-of-credentialed-coaches-search = Annuaire des coachs certifiés de l'International Coaching Federation ; cherche « coaching relationnel ».
# ICEEFT: Find an EFT therapist
help-what-worldwide-directory-of-therapists-trained-in-emotionally-focused = Annuaire mondial de thérapeutes formés à la thérapie de couple centrée sur les émotions.
# Gottman Referral Network
help-what-directory-of-couples-therapists-trained-in-the-gottman = Annuaire de thérapeutes de couple formés à la méthode Gottman, dans de nombreux pays.
# Psychology Today
help-what-therapist-directory-for-many-countries-filter-by-couples = Annuaire de thérapeutes dans de nombreux pays ; filtre par thérapie de couple ou conseil conjugal.
# Psychology Today
help-what-therapist-directory-for-many-countries-filter-by-the = Annuaire de thérapeutes dans de nombreux pays ; filtre selon les sujets qui comptent pour toi.
# Open Path Collective (US)
help-what-lower-cost-individual-therapy-with-licensed-therapists-in = Thérapie individuelle à moindre coût avec des thérapeutes agréés aux États-Unis.
# BACP Therapist Directory (UK)
help-what-directory-of-registered-counsellors-and-psychotherapists-in-the = Annuaire des conseillers et psychothérapeutes agréés au Royaume-Uni.
