-- The default report definition gets a chapter on the guide network (issue 15): the shipped indicators of the theme
-- „Integrationslotsinnen und -lotsen“ (ilos-anfragen, ilos-ohne-lotsin over the operational series guides.requests and
-- guides.unmet_requests). New default definitions have it from reporting.definition.DefaultDefinition (the same
-- chapter); this gives it once to the default definitions stored before, in front of the goals and measures (else at
-- the end), unless one already has a chapter of that theme or the 60 chapters a definition may have. An office that
-- removes it afterwards keeps it removed (this runs once).
UPDATE reporting_definition d
SET chapters = (
        SELECT jsonb_agg(x.chapter ORDER BY x.position)
        FROM (SELECT e.chapter, e.position::numeric AS position
              FROM jsonb_array_elements(d.chapters) WITH ORDINALITY AS e(chapter, position)
              UNION ALL
              SELECT CAST('{"title": "Integrationslotsinnen und -lotsen", "kind": "INDICATORS", "text": "Integrationslotsinnen und -lotsen begleiten Zugewanderte ehrenamtlich: zu Behörden und Verbänden, bei der Orientierung, der Wohnungssuche und in Gesprächen, in denen sie Sprache und Kultur vermitteln. Die Zahlen sind eigene Zählungen der Leitstelle, je Monat des ersten Termins: wie viele Begleitanfragen kamen und für wie viele sich keine passende Lotsin und kein passender Lotse fand – sie zeigen, für welche Sprachen und Orte Lotsinnen und Lotsen zu gewinnen sind. Werte von 1 bis 4 werden aus Datenschutzgründen nicht ausgewiesen (x).", "theme": "ilos", "indicatorCodes": []}' AS jsonb),
                     coalesce((SELECT min(g.position) FROM jsonb_array_elements(d.chapters) WITH ORDINALITY AS g(chapter, position)
                               WHERE g.chapter ->> 'kind' = 'GOALS_AND_MEASURES'),
                              jsonb_array_length(d.chapters) + 1) - 0.5) x),
    updated_at = now()
WHERE d.standard
  AND jsonb_array_length(d.chapters) < 60
  AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(d.chapters) c WHERE c ->> 'theme' = 'ilos');
