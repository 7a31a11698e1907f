-- Institution codes are H/P + 11 digits today; leave room for other issuers' formats.
alter table settlement_state alter column institution_code type varchar(40);
alter table flag alter column institution_code type varchar(40);
