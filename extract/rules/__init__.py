"""The relation rules, in the order they run.

Positions run first, in three steps: the sentence rules (and the posts of
an apposition, "P，C联合创始人、首席技术官", and those in brackets after a
name, "P（本公司" + posts + "）"), then the posts
named as a theme (`role_first`, which reuses `position_chains` and
`position_emit`) and the rows of a roster table (`rosters`) and the names under a
heading's title (`heading_lists`), then the
successions, which read the positions already
emitted, and last the
people a sentence says have left together (`departures`, which ends posts
the earlier steps gave); the successions across a rename once the renames are read (`renamed_successions`);
listings before stakes so that a `.US` ticker can find the exchange a listing
move to its new name (`renamed_objects`), and its stakes and sales dated before the rename to its former name (`former_name_objects`). After all, a predecessor's post with no end of its own ends on its successor's day (`succession_ends`). (What a correction notice withdraws,
move to its new name (`renamed_objects`). After all, a predecessor's post with no end of its own ends on its successor's day (`succession_ends`). (What a correction notice withdraws,
sentence named; a holder whose owner a bracket names, and the owner through it (`owned_holders`); sales after holdings, so that a sale of 全部 shares can take
sentence named; sales after holdings, so that a sale of 全部 shares can take
the seller's stated holding (a purchase from two holders in one clause, each paid its sum: `bought_from_two`; and one told with its figure after the shares, "向S受让T已发行股份15%": `figure_after_sales`; a share auctioned off, told from the share's side: `auction_sales`; one told as talk, `spoken_sales`; a holder replaced, `holder_swaps`); a list of holders one a line before a colon, `holder_bullets`; the deemed interests of a vehicle's owner (`deemed_interests`) after the tables drawn with spaces, whose rows give the vehicle's figure; a count of subsidiaries that looks back on the companies the parent took a majority of, `held_counts`; the companies a parent has, one a bulleted line under a line that counts them, and the rest of a company's shares held by another, `under_bullets`; last, a company's facts told after its rename
the seller's stated holding (a seller named after the verb as the holder of what is sold, "出售S间接全资持有的T": `held_sales`; one seller, several buyers, a figure each: `split_sales`; a purchase from two holders in one clause, each paid its sum: `bought_from_two`; and one told with its figure after the shares, "向S受让T已发行股份15%": `figure_after_sales`; a share auctioned off, told from the share's side: `auction_sales`; one told as talk, `spoken_sales`; a holder replaced, `holder_swaps`); a list of holders one a line before a colon, `holder_bullets`; the deemed interests of a vehicle's owner (`deemed_interests`) after the tables drawn with spaces, whose rows give the vehicle's figure; a count of subsidiaries that looks back on the companies the parent took a majority of, `held_counts`; the companies a parent has, one a bulleted line under a line that counts them, and the rest of a company's shares held by another, `under_bullets`; last, a company's facts told after its rename
its 更正前 lines, is never read: extract/pipeline.py.)
"""

from extract.rules.acquired_notes import acquired_notes
from extract.rules.affiliate_lists import affiliate_lists
from extract.rules.after_event_stakes import date_after_event_stakes
from extract.rules.after_renames import renamed_objects
from extract.rules.agenda_motions import agenda_motions
from extract.rules.appositions import extract_appositions
from extract.rules.association_posts import association_posts
from extract.rules.auction_rounds import auction_rounds
from extract.rules.auction_sales import auction_sales
from extract.rules.author_notes import author_notes
from extract.rules.before_renames import former_name_founders, former_name_objects
from extract.rules.board_listings import board_listings
from extract.rules.bought_from_two import bought_from_two
from extract.rules.bought_parts import bought_parts
from extract.rules.bracket_posts import bracket_posts
from extract.rules.bracket_shares import bracket_shares
from extract.rules.bracketed_terms import bracketed_terms
from extract.rules.career_heading import career_heading_subjects
from extract.rules.change_blocks import change_blocks
from extract.rules.change_forms import change_forms, spokesman_lines
from extract.rules.change_tables import change_tables
from extract.rules.clause_listings import clause_listings
from extract.rules.colon_rows import colon_rows
from extract.rules.column_rosters import column_rosters
from extract.rules.common_controller import common_controller
from extract.rules.company_tables import company_tables
from extract.rules.completed_deals import completed_deals
from extract.rules.completion_days import completion_days
from extract.rules.concert_parties import concert_parties
from extract.rules.contribution_lines import contribution_lines
from extract.rules.corporate import extract_corporate
from extract.rules.couple_holdings import couple_holdings
from extract.rules.court_claims import drop_court_claims
from extract.rules.court_parties import court_parties
from extract.rules.dash_subsidiaries import dash_subsidiaries
from extract.rules.deal_documents import deal_documents
from extract.rules.deck_profiles import deck_profiles
from extract.rules.deemed_interests import deemed_interests
from extract.rules.delistings import delistings
from extract.rules.departures import group_departures
from extract.rules.disclosure_records import disclosure_records
from extract.rules.elections import elected_lists
from extract.rules.figure_after_sales import figure_after_sales
from extract.rules.firm_tables import firm_tables
from extract.rules.form_fields import form_fields
from extract.rules.founders_referred import referred_founders
from extract.rules.founding_shares import founding_shares
from extract.rules.fund_manager_tables import fund_manager_tables
from extract.rules.fund_notice import notice_positions
from extract.rules.group_subsidiaries import group_subsidiaries
from extract.rules.head_subsidiaries import head_subsidiaries
from extract.rules.headed_renames import headed_renames
from extract.rules.heading_lists import heading_lists
from extract.rules.held_before import held_before
from extract.rules.held_counts import held_counts
from extract.rules.held_sales import held_sales
from extract.rules.holder_bullets import holder_bullets
from extract.rules.holder_csv import holder_csv
from extract.rules.holder_labels import holder_labels
from extract.rules.holder_renames import holder_renames
from extract.rules.holder_reports import holder_reports
from extract.rules.holder_successions import passed_posts
from extract.rules.holder_swaps import holder_swaps
from extract.rules.holder_tables import holder_tables
from extract.rules.holding_companies import holding_companies
from extract.rules.honoured_lines import honoured_lines
from extract.rules.inferred_companies import rehome_inferred
from extract.rules.interview_predecessors import interview_predecessors
from extract.rules.ipo_allotments import ipo_allotments
from extract.rules.kept_rest import kept_rest
from extract.rules.kin_holder_tables import kin_holder_tables
from extract.rules.label_blocks import block_holders
from extract.rules.label_records import label_records
from extract.rules.led_since import led_since
from extract.rules.left_before import left_before
from extract.rules.lent_posts import lent_posts
from extract.rules.list_posts import list_posts
from extract.rules.listing_labels import listing_labels, market_fields
from extract.rules.listings import extract_listings
from extract.rules.lone_seats import lone_seat_successions
from extract.rules.merger_terms import merger_term_dates
from extract.rules.minutes_lines import minutes_lines
from extract.rules.narrative_stakes import narrative_stakes
from extract.rules.nominee_holdings import nominee_holdings
from extract.rules.notice_swaps import notice_swaps
from extract.rules.officer_tables import officer_tables
from extract.rules.organ_lines import organ_lines, subscriber_lines
from extract.rules.organ_lists import organ_lists
from extract.rules.own_successors import own_successors
from extract.rules.owned_holders import owned_holders
from extract.rules.owner_words import owner_words
from extract.rules.ownership_tree import ownership_tree
from extract.rules.pair_owners import founders_shares
from extract.rules.pair_sellers import pair_sellers
from extract.rules.partner_posts import partner_posts
from extract.rules.partner_shares import partner_shares
from extract.rules.party_shares import party_shares
from extract.rules.passed_shares import passed_shares
from extract.rules.placings import placings
from extract.rules.positions import extract_positions, finish_positions
from extract.rules.promotion_ends import promotion_ends
from extract.rules.raised_stakes import raised_stakes
from extract.rules.reassigned_seats import reassigned_seats
from extract.rules.recent_days import recent_days
from extract.rules.record_changes import record_changes
from extract.rules.record_renames import record_renames
from extract.rules.register_lines import register_lines
from extract.rules.register_sections import register_sections
from extract.rules.registry_day import registry_day
from extract.rules.registry_forms import registry_forms
from extract.rules.registry_reports import registry_reports
from extract.rules.related_parties import related_parties
from extract.rules.relation_cells import relation_cells
from extract.rules.relation_tables import relation_tables
from extract.rules.renamed_successions import successions_across_renames
from extract.rules.resignation_lists import resignation_lists
from extract.rules.resume_fields import resume_fields
from extract.rules.role_first import themed_positions
from extract.rules.roster_lines import career_rows, roster_lines
from extract.rules.rosters import table_rosters
from extract.rules.sales import extract_sales
from extract.rules.school_officers import school_officers
from extract.rules.second_sellers import second_sellers
from extract.rules.seller_after import seller_after
from extract.rules.set_listings import set_listings
from extract.rules.settled_sales import settled_sales
from extract.rules.signer_successions import signer_successions
from extract.rules.spaced_records import spaced_records
from extract.rules.spaced_tables import spaced_tables
from extract.rules.speech_careers import speech_careers
from extract.rules.split_sales import split_sales
from extract.rules.spoken_sales import spoken_sales
from extract.rules.sponsor_banks import sponsor_banks
from extract.rules.sponsored_lists import sponsored_lists
from extract.rules.stake_arrows import chain_links
from extract.rules.stake_items import listed_holdings
from extract.rules.stake_rows import marked_rows
from extract.rules.stake_runs import stake_runs
from extract.rules.stakes import extract_stakes
from extract.rules.subsidiary_cells import subsidiary_cells
from extract.rules.subsidiary_rows import subsidiary_rows
from extract.rules.succession_ends import succession_ends
from extract.rules.successor_listings import successor_listings
from extract.rules.table_successions import table_successions
from extract.rules.team_lists import team_lists
from extract.rules.team_rows import team_rows
from extract.rules.tenure_lines import tenure_lines
from extract.rules.tenure_until import held_until_then
from extract.rules.term_lists import term_lists
from extract.rules.timeline_items import timeline_items
from extract.rules.title_labels import title_labels
from extract.rules.transfer_lists import transfer_lists
from extract.rules.transfer_results import transfer_results
from extract.rules.under_bullets import under_bullets
from extract.rules.vacated_posts import vacated_posts
from extract.rules.vehicle_posts import vehicle_posts
from extract.rules.vehicle_rows import vehicle_rows
from extract.rules.verb_sections import carried_verbs, removal_sections
from extract.rules.vote_results import vote_results
from extract.rules.we_founded import we_founded
from extract.rules.whole_sales import whole_sales

RULES = (notice_positions, career_heading_subjects, extract_positions, elected_lists, extract_appositions, bracket_posts, themed_positions, table_rosters, column_rosters, fund_manager_tables, relation_cells, roster_lines, career_rows, author_notes, court_parties, change_tables, vote_results, heading_lists, change_forms, spokesman_lines, label_records, title_labels, organ_lists, minutes_lines, organ_lines, register_lines, register_sections, speech_careers, rehome_inferred, vehicle_posts, lent_posts, association_posts, team_rows, partner_posts, list_posts, term_lists, team_lists, tenure_lines, resume_fields, bracketed_terms, own_successors, school_officers, deck_profiles, honoured_lines, registry_forms, held_until_then, agenda_motions, finish_positions, vacated_posts, held_before, group_departures, resignation_lists, signer_successions, table_successions, record_changes, extract_corporate, lone_seat_successions, holding_companies, raised_stakes, sponsored_lists, group_subsidiaries, partner_shares, founding_shares, we_founded, referred_founders, owner_words, successions_across_renames, passed_posts, removal_sections, carried_verbs, notice_swaps, interview_predecessors, extract_listings, set_listings, clause_listings, successor_listings, listing_labels, market_fields, form_fields, board_listings, delistings, timeline_items, placings, extract_stakes, sponsor_banks, bracket_shares, narrative_stakes, stake_runs, ipo_allotments, colon_rows, disclosure_records, subsidiary_rows, listed_holdings, chain_links, marked_rows, holder_tables, kin_holder_tables, company_tables, related_parties, ownership_tree, holder_labels, block_holders, contribution_lines, holder_bullets, owned_holders, party_shares, extract_sales, deal_documents, held_sales, split_sales, passed_shares, completed_deals, pair_sellers, kept_rest, acquired_notes, figure_after_sales, second_sellers, auction_sales, auction_rounds, seller_after, whole_sales, spoken_sales, holder_swaps, bought_parts, bought_from_two, transfer_lists, transfer_results, settled_sales, completion_days, held_counts, under_bullets, couple_holdings, founders_shares, date_after_event_stakes, concert_parties, common_controller, nominee_holdings, dash_subsidiaries, head_subsidiaries, record_renames, headed_renames, holder_renames, subscriber_lines, renamed_objects, spaced_tables, relation_tables, vehicle_rows, officer_tables, affiliate_lists, reassigned_seats, deemed_interests, spaced_records, change_blocks, firm_tables, holder_csv, registry_reports, subsidiary_cells, registry_day, holder_reports, former_name_objects, former_name_founders, promotion_ends, succession_ends, merger_term_dates, led_since, left_before, recent_days, drop_court_claims)  # (last: they add sentences for rows no trigger word marked, after the others)
