-- OFFA store: common trades added for the providers' own trade catalogues (issue 6). Each provider keeps its own
-- catalogue (CEFA study options, IFAPME métiers, efp's about 90 formations in 10 families, domain.md §6) and maps
-- it onto these common trades many-to-one, one-to-many (NARROWER candidates) or not at all (NO_COUNTERPART), in
-- schema/mappings/rules/<namespace>/trades.csv.
--
-- MODELLING CHOICE: OFFA publishes no common trade list in domain.md. These rows are the trades that several
-- provider trades need and that no row of 000001 covers, from the provider and press trade names of domain.md §7
-- where they appear (maintenance d'équipements techniques) and otherwise invented; titles in French, families as
-- in 000001. scripts/dataset/tradeCatalogue.ts (commonTrades) lists the same rows for the generator.
INSERT INTO offa.common_trade (code, title, family) VALUES
  ('CHOCOLATIER_CONFISEUR', 'Chocolatier-confiseur', 'ALIMENTATION'),
  ('TRAITEUR', 'Traiteur', 'ALIMENTATION'),
  ('ESTHETICIEN', 'Esthéticien / esthéticienne', 'BIEN_ETRE'),
  ('FLEURISTE', 'Fleuriste', 'COMMERCE'),
  ('MACON', 'Maçon', 'CONSTRUCTION'),
  ('CARRELEUR', 'Carreleur', 'CONSTRUCTION'),
  ('PLAFONNEUR', 'Plafonneur', 'CONSTRUCTION'),
  ('COUVREUR', 'Couvreur', 'CONSTRUCTION'),
  ('INSTALLATEUR_SANITAIRE', 'Installateur sanitaire', 'CONSTRUCTION'),
  ('TECHNICIEN_MAINTENANCE', 'Technicien de maintenance d''équipements techniques', 'TECHNOLOGIE'),
  ('CARROSSIER', 'Carrossier', 'MOBILITE'),
  ('COURTIER_ASSURANCES', 'Courtier en assurances', 'SERVICES'),
  ('PHOTOGRAPHE', 'Photographe', 'ARTS_MEDIAS'),
  ('DEVELOPPEUR_WEB', 'Développeur web', 'NUMERIQUE');
