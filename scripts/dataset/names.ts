/**
 * French first and last names common in Wallonia and Brussels, for synthetic learners, parents, tutors,
 * referents and company names. Invented combinations: no row describes a real person.
 */

/** Male first names. */
export const maleFirstNames: readonly string[] = (
  "Lucas Louis Nathan Hugo Noah Arthur Théo Maxime Thomas Antoine Julien Nicolas Mathis Tom Enzo Romain " +
  "Alexandre Kevin Dylan Quentin Florian Jordan Loïc Corentin Adrien Bastien Cédric Damien Gauthier Guillaume " +
  "Jérôme Jonathan Logan Martin Mehdi Nolan Olivier Pierre Robin Sacha Simon Valentin Victor Yanis Ethan Jules " +
  "Gabriel Raphaël Adam Mohamed Ilyas Rayan Bryan Dorian Clément Benjamin Sébastien François Arnaud Lorenzo"
).split(" ");

/** Female first names. */
export const femaleFirstNames: readonly string[] = (
  "Emma Louise Léa Chloé Camille Manon Sarah Laura Julie Marie Charlotte Pauline Elise Océane Justine Amandine " +
  "Mélanie Morgane Noémie Margaux Lisa Inès Clara Zoé Alice Juliette Eva Jade Lina Nina Amélie Aurélie Célia " +
  "Elodie Gaëlle Hélène Jessica Laetitia Lucie Maëlle Mathilde Mégane Nadia Ophélie Romane Sophie Tiffany " +
  "Valentine Yasmine Salomé Anaïs Coralie Estelle Fanny Kelly Aline Audrey Emilie Maud Victoria"
).split(" ");

/** Family names. */
export const lastNames: readonly string[] = (
  "Dupont Lambert Dubois Martin Simon Laurent Leclercq Dumont Lejeune Renard Fontaine Gilson Collard Hubert " +
  "François Denis Mathieu Lemaire Goffin Charlier Henrard Piette Lecomte Delvaux Mertens Jacquet Lefèvre Michel " +
  "Henry Lallemand Bertrand Dujardin Delhaye Marchal Pirard Noël Servais Thiry Dethier Leroy Moreau Petit Gérard " +
  "Legrand Colin Bodart Jacques Herman Antoine Lenoir Georges Massart Englebert Gillet Poncelet Dumortier Dewez " +
  "Mathy Delcourt Warnier Guillaume Rousseau Bastin Lhoest Gobert Hanquet Baudoin Defays Delforge Jadot Kinet " +
  "Lardinois Maréchal Nizet Paquet Quinet Remacle Stassart Thonon Wilmotte Bernard Carlier Derenne Evrard " +
  "Fraiture Grégoire Houssiau Istace Jamar Mottet Nihoul Pierard Rasquin Closset Demoulin Lhermitte Rossi Romano " +
  "Lombardi Esposito"
).split(" ");
