package org.pledgewatch.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A country as the generated articles name it, in English and French (with the French articles and
 * prepositions its name takes: "le Kazakhstan", "du Kazakhstan", "au Kazakhstan").
 */
record Country(String code, String en, String enAdjective, String enCapital, String frLe, String frDu, String frAu,
        String frAdjective, String frCapital, String leader) {

    /** Countries whose trade with their partners the articles report on: Central Asia, the Caucasus, Mongolia. */
    static final List<Country> HOME = List.of(
            new Country("KZ", "Kazakhstan", "Kazakh", "Astana", "le Kazakhstan", "du Kazakhstan", "au Kazakhstan",
                    "kazakh", "Astana", "Kassym-Jomart Tokayev"),
            new Country("UZ", "Uzbekistan", "Uzbek", "Tashkent", "l'Ouzbékistan", "de l'Ouzbékistan",
                    "en Ouzbékistan", "ouzbek", "Tachkent", "Shavkat Mirziyoyev"),
            new Country("KG", "Kyrgyzstan", "Kyrgyz", "Bishkek", "le Kirghizstan", "du Kirghizstan",
                    "au Kirghizstan", "kirghiz", "Bichkek", "Sadyr Japarov"),
            new Country("TJ", "Tajikistan", "Tajik", "Dushanbe", "le Tadjikistan", "du Tadjikistan",
                    "au Tadjikistan", "tadjik", "Douchanbé", "Emomali Rahmon"),
            new Country("TM", "Turkmenistan", "Turkmen", "Ashgabat", "le Turkménistan", "du Turkménistan",
                    "au Turkménistan", "turkmène", "Achgabat", "Serdar Berdimuhamedov"),
            new Country("AZ", "Azerbaijan", "Azerbaijani", "Baku", "l'Azerbaïdjan", "de l'Azerbaïdjan",
                    "en Azerbaïdjan", "azerbaïdjanais", "Bakou", "Ilham Aliyev"),
            new Country("AM", "Armenia", "Armenian", "Yerevan", "l'Arménie", "de l'Arménie", "en Arménie",
                    "arménien", "Erevan", "Nikol Pashinyan"),
            new Country("GE", "Georgia", "Georgian", "Tbilisi", "la Géorgie", "de la Géorgie", "en Géorgie",
                    "géorgien", "Tbilissi", "Irakli Kobakhidze"),
            new Country("MN", "Mongolia", "Mongolian", "Ulaanbaatar", "la Mongolie", "de la Mongolie",
                    "en Mongolie", "mongol", "Oulan-Bator", "Ukhnaagiin Khürelsükh"));

    /** Their trading partners. */
    static final List<Country> PARTNERS = List.of(
            new Country("RU", "Russia", "Russian", "Moscow", "la Russie", "de la Russie", "en Russie", "russe",
                    "Moscou", "Vladimir Putin"),
            new Country("CN", "China", "Chinese", "Beijing", "la Chine", "de la Chine", "en Chine", "chinois",
                    "Pékin", "Xi Jinping"),
            new Country("TR", "Turkey", "Turkish", "Ankara", "la Turquie", "de la Turquie", "en Turquie", "turc",
                    "Ankara", "Recep Tayyip Erdogan"),
            new Country("IN", "India", "Indian", "New Delhi", "l'Inde", "de l'Inde", "en Inde", "indien",
                    "New Delhi", "Narendra Modi"),
            new Country("IR", "Iran", "Iranian", "Tehran", "l'Iran", "de l'Iran", "en Iran", "iranien", "Téhéran",
                    "Masoud Pezeshkian"),
            new Country("PK", "Pakistan", "Pakistani", "Islamabad", "le Pakistan", "du Pakistan", "au Pakistan",
                    "pakistanais", "Islamabad", "Shehbaz Sharif"),
            new Country("KR", "South Korea", "South Korean", "Seoul", "la Corée du Sud", "de la Corée du Sud",
                    "en Corée du Sud", "sud-coréen", "Séoul", "Lee Jae-myung"),
            new Country("JP", "Japan", "Japanese", "Tokyo", "le Japon", "du Japon", "au Japon", "japonais", "Tokyo",
                    "Shigeru Ishiba"),
            new Country("AE", "the United Arab Emirates", "Emirati", "Abu Dhabi", "les Émirats arabes unis",
                    "des Émirats arabes unis", "aux Émirats arabes unis", "émirien", "Abou Dhabi",
                    "Mohamed bin Zayed"),
            new Country("SA", "Saudi Arabia", "Saudi", "Riyadh", "l'Arabie saoudite", "de l'Arabie saoudite",
                    "en Arabie saoudite", "saoudien", "Riyad", "Mohammed bin Salman"),
            new Country("DE", "Germany", "German", "Berlin", "l'Allemagne", "de l'Allemagne", "en Allemagne",
                    "allemand", "Berlin", "Friedrich Merz"),
            new Country("FR", "France", "French", "Paris", "la France", "de la France", "en France", "français",
                    "Paris", "Emmanuel Macron"),
            new Country("GB", "the United Kingdom", "British", "London", "le Royaume-Uni", "du Royaume-Uni",
                    "au Royaume-Uni", "britannique", "Londres", "Keir Starmer"),
            new Country("US", "the United States", "American", "Washington", "les États-Unis", "des États-Unis",
                    "aux États-Unis", "américain", "Washington", "Donald Trump"),
            new Country("EU", "the European Union", "European", "Brussels", "l'Union européenne",
                    "de l'Union européenne", "dans l'Union européenne", "européen", "Bruxelles",
                    "Ursula von der Leyen"),
            new Country("IT", "Italy", "Italian", "Rome", "l'Italie", "de l'Italie", "en Italie", "italien", "Rome",
                    "Giorgia Meloni"),
            new Country("HU", "Hungary", "Hungarian", "Budapest", "la Hongrie", "de la Hongrie", "en Hongrie",
                    "hongrois", "Budapest", "Viktor Orban"),
            new Country("PL", "Poland", "Polish", "Warsaw", "la Pologne", "de la Pologne", "en Pologne", "polonais",
                    "Varsovie", "Donald Tusk"),
            new Country("QA", "Qatar", "Qatari", "Doha", "le Qatar", "du Qatar", "au Qatar", "qatari", "Doha",
                    "Tamim bin Hamad Al Thani"),
            new Country("BY", "Belarus", "Belarusian", "Minsk", "la Biélorussie", "de la Biélorussie",
                    "en Biélorussie", "biélorusse", "Minsk", "Alexander Lukashenko"),
            new Country("EG", "Egypt", "Egyptian", "Cairo", "l'Égypte", "de l'Égypte", "en Égypte", "égyptien",
                    "Le Caire", "Abdel Fattah al-Sisi"),
            new Country("AF", "Afghanistan", "Afghan", "Kabul", "l'Afghanistan", "de l'Afghanistan",
                    "en Afghanistan", "afghan", "Kaboul", "Hibatullah Akhundzada"),
            new Country("MY", "Malaysia", "Malaysian", "Kuala Lumpur", "la Malaisie", "de la Malaisie",
                    "en Malaisie", "malaisien", "Kuala Lumpur", "Anwar Ibrahim"),
            new Country("ID", "Indonesia", "Indonesian", "Jakarta", "l'Indonésie", "de l'Indonésie",
                    "en Indonésie", "indonésien", "Jakarta", "Prabowo Subianto"),
            new Country("VN", "Vietnam", "Vietnamese", "Hanoi", "le Vietnam", "du Vietnam", "au Vietnam",
                    "vietnamien", "Hanoï", "Luong Cuong"),
            new Country("BR", "Brazil", "Brazilian", "Brasilia", "le Brésil", "du Brésil", "au Brésil", "brésilien",
                    "Brasilia", "Luiz Inacio Lula da Silva"));

    static final Map<String, Country> BY_CODE = java.util.stream.Stream.concat(HOME.stream(), PARTNERS.stream())
            .collect(Collectors.toUnmodifiableMap(Country::code, Function.identity()));

    /** "Kazakhstan", or "The United States" at the start of a sentence. */
    String enStart() {
        return Character.toUpperCase(en.charAt(0)) + en.substring(1);
    }

    /** "Le Kazakhstan", "L'Ouzbékistan". */
    String frLeStart() {
        return Character.toUpperCase(frLe.charAt(0)) + frLe.substring(1);
    }
}
