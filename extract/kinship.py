"""Words of kinship, one table for every reader that writes them in a pattern.

Two kinds, read in two places of a sentence:

* the kin two named people are to each other, after both names ("A、B夫妇分别持股", "A与B父子"):
  a couple or a family holds, controls or founds together;
* the kin one person is to another, before that person's name ("把董事长一职交给了儿子B"): the
  word is not part of the name that follows it.
"""

from __future__ import annotations

#: the kin two people are to each other, written after their names (regex alternation, no group)
PAIR_KIN = "夫妇|夫妻|父子|母子|父女|母女|兄弟|姐妹|兄妹|姐弟"
#: the kin a person is to someone, written before the person's name (regex alternation, no group)
#: (a longer word before the shorter one it begins with: 曾孙女 before 曾孙, 外孙女 before 外孙)
RELATIVE = ("儿子|女儿|长子|次子|三子|四子|幼子|独子|长女|次女|三女|幼女|独女|女婿|儿媳|长孙|孙子|孙女|侄子|妻子|丈夫|弟弟|哥哥|妹妹|姐姐"
            "|曾孙女|曾孙子|曾孙|玄孙女|玄孙|外孙女|外孙子|外孙|侄女|外甥女|外甥|孙媳"
            # the generation before and the elder kin of one's own ("其外祖父P开办的C", "接替伯父P出任T")
            "|曾祖父|曾祖母|外祖父|外祖母|祖父|祖母|叔父|伯父|舅父|姑父|叔叔|伯伯|舅舅|父亲|母亲|兄长|胞兄|胞弟|堂兄|堂弟")
