### Líneas de ayuda (content/resources.yaml) en el idioma de quien lee: nombres, números y direcciones
### se quedan como los escriben los servicios; aquí están los horarios, los SMS y lo que ofrecen.

## hours and texting
help-hours-always = 24 horas, todos los días
help-hours-weekdays = días laborables; horario en la web
help-sms = SMS al { $number }
help-sms_word = Envía { $word } al { $number }

## what each line offers
# National Domestic Violence Hotline
help-what-confidential-advocates-also-talk-with-people-who-are = Su equipo de asesoría confidencial también habla con quienes temen estar tratando mal a su pareja.
# AAMFT TherapistLocator
help-what-directory-of-marriage-and-family-therapists-run-by = Directorio de terapeutas de pareja y familia de la American Association for Marriage and Family Therapy.
# Respect Phoneline
help-what-confidential-helpline-for-people-who-are-worried-about = Línea confidencial para quienes temen estar maltratando a su pareja y quieren cambiar.
# Relate
help-what-uk-charity-offering-couples-counselling-in-person-by = Organización benéfica británica que ofrece terapia de pareja en persona, por teléfono y en línea.
# MOVE Ireland
help-what-programmes-for-men-who-want-to-stop-being = Programas para hombres que quieren dejar de ejercer violencia o maltrato contra su pareja.
# ShelterSafe
help-what-map-of-shelters-and-transition-houses-for-women = Mapa de refugios y casas de acogida para mujeres, niñas y niños en todo Canadá.
# SOS violence conjugale (Québec)
help-what-also-listens-to-people-who-are-worried-about = También escucha a quienes están preocupados por su propia conducta y les orienta hacia ayuda.
# À cœur d'homme (Québec)
help-what-network-of-quebec-organisations-that-help-men-stop = Red de organizaciones de Quebec que ayudan a los hombres a dejar de ejercer violencia en sus relaciones.
# Men's Referral Service (No to Violence)
help-what-counselling-and-referrals-for-men-who-use-violence = Orientación y derivación para hombres que ejercen violencia o control y quieren cambiar.
# MensLine Australia
help-what-phone-and-online-counselling-for-men-including-men = Atención telefónica y en línea para hombres, también para quienes quieren dejar de ejercer violencia.
# Relationships Australia
help-what-national-not-for-profit-offering-couples-counselling-and = Organización nacional sin ánimo de lucro que ofrece terapia de pareja y cursos sobre la relación.
# Family Violence Information Line (Are You OK)
help-what-information-and-referrals-including-for-people-who-want = Información y derivación, también para quienes quieren cambiar su manera de comportarse.
# BAG Täterarbeit Häusliche Gewalt
help-what-directory-of-counselling-services-across-germany-for-people = Directorio de servicios de orientación en toda Alemania para quienes ejercen violencia contra su pareja.
# pro familia
help-what-counselling-centres-across-germany-including-advice-for-couples = Centros de orientación en toda Alemania, también con asesoramiento para parejas.
# Männerinfo
help-what-free-anonymous-helpline-for-men-including-men-who = Línea gratuita y anónima para hombres, también para quienes quieren dejar de ser violentos.
# Familienberatung
help-what-government-directory-of-free-publicly-funded-family-and = Directorio oficial de centros gratuitos, con financiación pública, de orientación familiar y de pareja.
# Opferhilfe Schweiz / Aide aux victimes
help-what-directory-of-the-cantonal-victim-support-centres-their = Directorio de los centros cantonales de ayuda a las víctimas; su asesoramiento es gratuito y confidencial.
# Fachverband Gewaltberatung Schweiz
help-what-directory-of-counselling-services-across-switzerland-for-people = Directorio de servicios de orientación en toda Suiza para quienes ejercen violencia.
# Ligne d'écoute pour auteurs de violences (FNACAV)
help-what-national-line-for-people-who-are-violent-to = Línea nacional para quienes son violentos con su pareja y quieren ayuda para dejar de serlo.
# Veilig Thuis
help-what-also-gives-advice-to-people-who-use-violence = También asesora a quienes ejercen violencia en casa y quieren dejar de hacerlo.
# Red Nacional de Refugios
help-what-national-network-of-shelters-and-support-centres-for = Red nacional de refugios y centros de atención para mujeres, niñas y niños que viven violencia.
# Écoute Violences Conjugales
help-what-also-listens-to-people-who-are-violent-to = También escucha a quienes son violentos con su pareja y les orienta hacia ayuda.
# 1712 (Flanders)
help-what-also-helps-people-who-use-violence-and-want = También ayuda a quienes ejercen violencia y quieren dejar de hacerlo.
# Riicht Eraus (Croix-Rouge luxembourgeoise)
help-what-counselling-for-people-who-use-violence-and-want = Orientación para quienes ejercen violencia y quieren dejar de hacerlo.
# Find A Helpline
help-what-free-confidential-helplines-in-many-countries-searchable-by = Líneas de ayuda gratuitas y confidenciales en muchos países, con búsqueda por país y tema.
# Find A Helpline
help-what-search-by-country-for-domestic-violence-and-abuse = Busca por país líneas de ayuda contra la violencia doméstica y el maltrato.
# Hot Peach Pages
help-what-worldwide-list-of-domestic-violence-agencies-and-hotlines = Lista mundial de organizaciones y líneas de ayuda contra la violencia doméstica.
# OurRelationship
help-what-online-programme-for-couples-about-7-hours-based = Programa en línea para parejas, de unas 7 horas, basado en la terapia de pareja conductual integrativa y probado en ensayos clínicos.
# The Gottman Institute
help-what-research-based-workshops-online-courses-and-exercises-for = Talleres, cursos en línea y ejercicios para parejas basados en la investigación.
# PREPARE/ENRICH
help-what-relationship-assessment-and-skill-building-sessions-taken-with = Evaluación de la relación y sesiones para desarrollar habilidades, con una persona formada que os acompaña.
# ICF Credentialed Coach Finder
help-what-international-coaching-federation-directory-of-credentialed-coaches-search = Directorio de coaches acreditados de la International Coaching Federation; busca coaching de pareja.
# ICEEFT: Find an EFT therapist
help-what-worldwide-directory-of-therapists-trained-in-emotionally-focused = Directorio mundial de terapeutas formados en terapia de pareja focalizada en las emociones.
# Gottman Referral Network
help-what-directory-of-couples-therapists-trained-in-the-gottman = Directorio de terapeutas de pareja formados en el método Gottman, en muchos países.
# Psychology Today
help-what-therapist-directory-for-many-countries-filter-by-couples = Directorio de terapeutas de muchos países; filtra por terapia de pareja o matrimonial.
# Psychology Today
help-what-therapist-directory-for-many-countries-filter-by-the = Directorio de terapeutas de muchos países; filtra por los temas que te importan.
# Open Path Collective (US)
help-what-lower-cost-individual-therapy-with-licensed-therapists-in = Terapia individual a menor coste con terapeutas colegiados en Estados Unidos.
# BACP Therapist Directory (UK)
help-what-directory-of-registered-counsellors-and-psychotherapists-in-the = Directorio de orientadores y psicoterapeutas registrados en el Reino Unido.
