-- Every message a person reads has both languages (issue 12): the ledger kept only the Vietnamese
-- text of a failure, so the English console lost the offending value ("MaTTHC is malformed"
-- instead of "MaTTHC 'X1' is malformed, expected …") and showed the story in Vietnamese.
-- The English wording is written beside it when the failure is recorded; rows from before this
-- migration have none and are worded from their error code.
alter table transfer add column last_error_en varchar(2000);
alter table transfer_event add column message_en varchar(2000);
