import { sql } from '@payloadcms/db-postgres'

/*
 * The conversation insights' rule restated in SQL beside the name of its twin in src/domain;
 * tests/integration/supportInsights.test.ts holds the pair to the same answers on the same rows.
 */

/**
 * `supportCases` (src/domain/supportInsights.ts): the cases that began from `from` (included) to
 * `to` (not), one row each: `conversation`, `asked`, `answered`, `resolved`, `first_author`,
 * `last_author`. A client's message opens a case when the message before it (notes aside) was an
 * answer, or when there was none; the case runs until the next one opens.
 */
export const supportCasesBetween = (from: Date, to: Date) => sql`(
  with touched as (
    select distinct conversation_id from support_messages
     where direction = 'in' and created_at >= ${from.toISOString()}::timestamptz
       and created_at < ${to.toISOString()}::timestamptz),
  ordered as (
    select m.conversation_id, m.id, m.direction, m.created_at, m.author_id,
           case when m.direction = 'in'
                 and coalesce(lag(m.direction) over (partition by m.conversation_id order by m.created_at, m.id), 'out') = 'out'
                then 1 else 0 end as opens
      from support_messages m join touched t using (conversation_id)
     where m.direction <> 'note'),
  numbered as (
    select *, sum(opens) over (partition by conversation_id order by created_at, id) as n from ordered)
  select conversation_id as conversation,
         min(created_at) as asked,
         min(created_at) filter (where direction = 'out') as answered,
         max(created_at) filter (where direction = 'out') as resolved,
         (array_agg(author_id order by created_at, id) filter (where direction = 'out'))[1] as first_author,
         (array_agg(author_id order by created_at desc, id desc) filter (where direction = 'out'))[1] as last_author
    from numbered
   where n > 0
   group by conversation_id, n
  having min(created_at) >= ${from.toISOString()}::timestamptz
     and min(created_at) < ${to.toISOString()}::timestamptz)`
