### Help lines (content/resources.yaml) in the reader's language: names, numbers and addresses stay
### as the services write them; their hours, how to text them and what they offer are here.
### help-what-*: the id is the first eight words of the English `what` in resources.yaml.

## hours and texting
help-hours-always = 24/7
help-hours-weekdays = Weekdays; see website
help-sms = Text { $number }
help-sms_word = Text { $word } to { $number }

## what each line offers
# National Domestic Violence Hotline
help-what-confidential-advocates-also-talk-with-people-who-are = Confidential advocates also talk with people who are worried about how they treat their partner.
# AAMFT TherapistLocator
help-what-directory-of-marriage-and-family-therapists-run-by = Directory of marriage and family therapists run by the American Association for Marriage and Family Therapy.
# Respect Phoneline
help-what-confidential-helpline-for-people-who-are-worried-about = Confidential helpline for people who are worried about being abusive to a partner and want to change.
# Relate
help-what-uk-charity-offering-couples-counselling-in-person-by = UK charity offering couples counselling in person, by phone and online.
# MOVE Ireland
help-what-programmes-for-men-who-want-to-stop-being = Programmes for men who want to stop being violent or abusive to a partner.
# ShelterSafe
help-what-map-of-shelters-and-transition-houses-for-women = Map of shelters and transition houses for women and children across Canada.
# SOS violence conjugale (Québec)
help-what-also-listens-to-people-who-are-worried-about = Also listens to people who are worried about their own behaviour and refers them to help.
# À cœur d'homme (Québec)
help-what-network-of-quebec-organisations-that-help-men-stop = Network of Québec organisations that help men stop using violence in their relationships.
# Men's Referral Service (No to Violence)
help-what-counselling-and-referrals-for-men-who-use-violence = Counselling and referrals for men who use violence or control and want to change.
# MensLine Australia
help-what-phone-and-online-counselling-for-men-including-men = Phone and online counselling for men, including men who want to stop using violence.
# Relationships Australia
help-what-national-not-for-profit-offering-couples-counselling-and = National not-for-profit offering couples counselling and relationship courses.
# Family Violence Information Line (Are You OK)
help-what-information-and-referrals-including-for-people-who-want = Information and referrals, including for people who want to change how they behave.
# BAG Täterarbeit Häusliche Gewalt
help-what-directory-of-counselling-services-across-germany-for-people = Directory of counselling services across Germany for people who use violence against a partner.
# pro familia
help-what-counselling-centres-across-germany-including-advice-for-couples = Counselling centres across Germany, including advice for couples.
# Männerinfo
help-what-free-anonymous-helpline-for-men-including-men-who = Free, anonymous helpline for men, including men who want to stop being violent.
# Familienberatung
help-what-government-directory-of-free-publicly-funded-family-and = Government directory of free, publicly funded family and couples counselling centres.
# Opferhilfe Schweiz / Aide aux victimes
help-what-directory-of-the-cantonal-victim-support-centres-their = Directory of the cantonal victim-support centres; their advice is free and confidential.
# Fachverband Gewaltberatung Schweiz
help-what-directory-of-counselling-services-across-switzerland-for-people = Directory of counselling services across Switzerland for people who use violence.
# Ligne d'écoute pour auteurs de violences (FNACAV)
help-what-national-line-for-people-who-are-violent-to = National line for people who are violent to a partner and want help to stop.
# Veilig Thuis
help-what-also-gives-advice-to-people-who-use-violence = Also gives advice to people who use violence at home and want to stop.
# Red Nacional de Refugios
help-what-national-network-of-shelters-and-support-centres-for = National network of shelters and support centres for women and children facing violence.
# Écoute Violences Conjugales
help-what-also-listens-to-people-who-are-violent-to = Also listens to people who are violent to a partner and points them to help.
# 1712 (Flanders)
help-what-also-helps-people-who-use-violence-and-want = Also helps people who use violence and want to stop.
# Riicht Eraus (Croix-Rouge luxembourgeoise)
help-what-counselling-for-people-who-use-violence-and-want = Counselling for people who use violence and want to stop.
# Find A Helpline
help-what-free-confidential-helplines-in-many-countries-searchable-by = Free, confidential helplines in many countries, searchable by country and topic.
# Find A Helpline
help-what-search-by-country-for-domestic-violence-and-abuse = Search by country for domestic-violence and abuse helplines.
# Hot Peach Pages
help-what-worldwide-list-of-domestic-violence-agencies-and-hotlines = Worldwide list of domestic-violence agencies and hotlines.
# OurRelationship
help-what-online-programme-for-couples-about-7-hours-based = Online programme for couples, about 7 hours, based on Integrative Behavioral Couple Therapy and tested in clinical trials.
# The Gottman Institute
help-what-research-based-workshops-online-courses-and-exercises-for = Research-based workshops, online courses and exercises for couples.
# PREPARE/ENRICH
help-what-relationship-assessment-and-skill-building-sessions-taken-with = Relationship assessment and skill-building sessions, taken with a trained facilitator.
# ICF Credentialed Coach Finder
help-what-international-coaching-federation-directory-of-credentialed-coaches-search = International Coaching Federation directory of credentialed coaches; search for relationship coaching.
# ICEEFT: Find an EFT therapist
help-what-worldwide-directory-of-therapists-trained-in-emotionally-focused = Worldwide directory of therapists trained in Emotionally Focused Therapy for couples.
# Gottman Referral Network
help-what-directory-of-couples-therapists-trained-in-the-gottman = Directory of couples therapists trained in the Gottman Method, in many countries.
# Psychology Today
help-what-therapist-directory-for-many-countries-filter-by-couples = Therapist directory for many countries; filter by couples or marriage counselling.
# Psychology Today
help-what-therapist-directory-for-many-countries-filter-by-the = Therapist directory for many countries; filter by the issues that matter to you.
# Open Path Collective (US)
help-what-lower-cost-individual-therapy-with-licensed-therapists-in = Lower-cost individual therapy with licensed therapists in the United States.
# BACP Therapist Directory (UK)
help-what-directory-of-registered-counsellors-and-psychotherapists-in-the = Directory of registered counsellors and psychotherapists in the United Kingdom.
