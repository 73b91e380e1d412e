-- The name order of the Chinese interface (lib/candidates/name-sort.ts). Names with no Chinese form get
-- their key here ("1" + the English name's letters and digits, as pinyinSortKey computes it); Chinese
-- names need pinyin-pro, so they stay '' until backfillPinyinSortKeys fills them (run by `npm run
-- db:migrate` and `npm start` right after migrating; every later write keeps the key current).

-- AlterTable
ALTER TABLE "Candidate" ADD COLUMN     "pinyinSortKey" TEXT NOT NULL DEFAULT '';

UPDATE "Candidate" SET "pinyinSortKey" = '1' || regexp_replace(lower("nameEn"), '[^0-9a-z]', '', 'g')
WHERE "nameZh" IS NULL OR btrim("nameZh") = '';

-- CreateIndex
CREATE INDEX "Candidate_pinyinSortKey_nameEn_id_idx" ON "Candidate"("pinyinSortKey", "nameEn", "id");
