-- The default report definition gets a chapter on the counselling service (issue 17): the shipped indicators of the
-- theme „Beratungsstelle für Zugewanderte“ (beratung-faelle, beratung-personen, beratung-kontakte over the operational
-- series counselling.cases, counselling.clients and counselling.contacts). New default definitions have it from
-- reporting.definition.DefaultDefinition (the same chapter); this gives it once to the default definitions stored
-- before, in front of the goals and measures (else at the end), unless one already has a chapter of that theme or the
-- 60 chapters a definition may have. An office that removes it afterwards keeps it removed (this runs once).
UPDATE reporting_definition d
SET chapters = (
        SELECT jsonb_agg(x.chapter ORDER BY x.position)
        FROM (SELECT e.chapter, e.position::numeric AS position
              FROM jsonb_array_elements(d.chapters) WITH ORDINALITY AS e(chapter, position)
              UNION ALL
              SELECT CAST('{"title": "Beratungsstelle für Zugewanderte", "kind": "INDICATORS", "text": "Die Beratungsstelle für Zugewanderte berät, vermittelt und begleitet Menschen mit Migrationsgeschichte. Die Zahlen sind eigene Zählungen der Beratungsstelle je Monat: neu eröffnete Fälle, Ratsuchende mit neuem Fall und Kontakte, je Gemeinde des Wohnorts. Sie stehen neben den amtlichen Zahlen und zeigen, wo und wie oft das Angebot genutzt wird. Werte von 1 bis 4 und Werte, aus denen sie sich errechnen ließen, werden aus Datenschutzgründen nicht ausgewiesen (x).", "theme": "beratung", "indicatorCodes": []}' AS jsonb),
                     coalesce((SELECT min(g.position) FROM jsonb_array_elements(d.chapters) WITH ORDINALITY AS g(chapter, position)
                               WHERE g.chapter ->> 'kind' = 'GOALS_AND_MEASURES'),
                              jsonb_array_length(d.chapters) + 1) - 0.5) x),
    updated_at = now()
WHERE d.standard
  AND jsonb_array_length(d.chapters) < 60
  AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(d.chapters) c WHERE c ->> 'theme' = 'beratung');
